package vn.nq57.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
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

  /**
   * The fields to add to a Lucene document for this text: the exact field stored, and every tier's tokens. The text is
   * analysed once: the exact tier's tokens are kept ({@link TokenReplay}) and each other text tier folds them as its
   * analyzer would ({@link VietnameseAnalyzers#fold}), which gives the very tokens of {@link
   * VietnameseAnalyzers#analyzer} for the tier at a fifth of the cost (the ICU tokenizer and the char filters ran once
   * per tier). The document-number tier has its own tokenizer ({@link #docNumbers}).
   */
  public List<IndexableField> fieldsFor(String text) {
    TokenReplay tokens;
    try {
      tokens = TokenReplay.of(VietnameseAnalyzers.analyzer(VietnameseAnalyzers.Tier.EXACT), exact, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String source does not fail
    }
    return List.of(
        new StoredField(exact, text),
        new Field(exact, tokens.stream(), TextField.TYPE_NOT_STORED),
        tier(toneless, VietnameseAnalyzers.Tier.TONELESS, tokens),
        tier(folded, VietnameseAnalyzers.Tier.FOLDED, tokens),
        tier(unmarked, VietnameseAnalyzers.Tier.UNMARKED, tokens),
        tier(shingle, VietnameseAnalyzers.Tier.SHINGLE, tokens),
        docNumbers(text));
  }

  /**
   * The document-number tier: over the text itself when the char filter would leave it unchanged (most text: the
   * filter's copy was a third of this tier's cost), else analysed by the index writer's analyzer.
   */
  private IndexableField docNumbers(String text) {
    return VietnameseUnicodeCharFilter.leavesUnchanged(text)
        ? new Field(docNumber, DocumentNumberTokenizer.over(text), TextField.TYPE_NOT_STORED)
        : new TextField(docNumber, text, Field.Store.NO);
  }

  private static IndexableField tier(String field, VietnameseAnalyzers.Tier tier, TokenReplay tokens) {
    return new Field(field, VietnameseAnalyzers.fold(tier, tokens.stream()), TextField.TYPE_NOT_STORED);
  }
}
