package vn.nq57.search.analysis;

import java.util.ArrayList;
import java.util.List;
import vn.nq57.ontology.Thesaurus;

/**
 * The abbreviations of the ontology's SKOS thesaurus: each {@code nq:abbreviation} of a concept stands for its
 * preferred label and its alternative labels ("ATTT" → "an toàn thông tin"; "CĐS", "CDS" → "chuyển đổi số").
 */
public final class ThesaurusAbbreviations implements AbbreviationSource {

  private final List<Thesaurus.Entry> entries;

  public ThesaurusAbbreviations(List<Thesaurus.Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The thesaurus packaged with the ontology. */
  public static ThesaurusAbbreviations packaged() {
    return new ThesaurusAbbreviations(Thesaurus.entries());
  }

  @Override
  public List<Abbreviation> all() {
    List<Abbreviation> all = new ArrayList<>();
    for (Thesaurus.Entry entry : entries) {
      List<String> expansions = new ArrayList<>();
      expansions.add(entry.prefLabel());
      expansions.addAll(entry.altLabels());
      for (String shortForm : entry.abbreviations()) {
        all.add(new Abbreviation(shortForm, expansions));
      }
    }
    return all;
  }
}
