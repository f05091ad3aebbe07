package vn.nq57.search.analysis;

import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;

/**
 * The names of the fields one Vietnamese text is indexed into, one per tier ({@link VietnameseAnalyzers.Tier}). Only the
 * exact field is stored; it is the one to highlight.
 */
public record TierFields(
    String exact, String toneless, String folded, String unmarked, String shingle, String docNumber) {

  /** The default text field, "text", and its tiers "text.toneless", … */
  public static final TierFields TEXT = of("text");

  /** Tier fields derived from a base name: base, base.toneless, base.folded, base.unmarked, base.shingle, base.docnumber. */
  public static TierFields of(String base) {
    return new TierFields(base, base + ".toneless", base + ".folded", base + ".unmarked", base + ".shingle",
        base + ".docnumber");
  }

  /** The field of a tier. */
  public String field(VietnameseAnalyzers.Tier tier) {
    return switch (tier) {
      case EXACT -> exact;
      case TONELESS -> toneless;
      case FOLDED -> folded;
      case UNMARKED -> unmarked;
      case SHINGLE -> shingle;
      case DOCNUMBER -> docNumber;
    };
  }

  /** The fields to add to a Lucene document for this text (analyzed by {@link VietnameseAnalyzers#perFieldAnalyzer}). */
  public List<IndexableField> fieldsFor(String text) {
    return List.of(
        new TextField(exact, text, Field.Store.YES),
        new TextField(toneless, text, Field.Store.NO),
        new TextField(folded, text, Field.Store.NO),
        new TextField(unmarked, text, Field.Store.NO),
        new TextField(shingle, text, Field.Store.NO),
        new TextField(docNumber, text, Field.Store.NO));
  }
}
