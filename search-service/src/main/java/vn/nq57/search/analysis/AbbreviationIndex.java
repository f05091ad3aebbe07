package vn.nq57.search.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Abbreviations grouped into concepts: all short forms that share an expansion (KH&amp;CN, KHCN) stand for the same
 * thing. Looked up by the folded short form ("hđnd" and "hdnd" alike) or by the folded syllables of an expansion.
 */
final class AbbreviationIndex {

  /** Every short form and expansion of one concept. */
  record Concept(Set<String> shortForms, Set<String> expansions) {}

  private final Map<String, Concept> byShortForm = new LinkedHashMap<>();
  private final Map<List<String>, Concept> byExpansion = new LinkedHashMap<>();

  AbbreviationIndex(AbbreviationSource source) {
    Map<String, Concept> byExpansionKey = new LinkedHashMap<>();
    for (Abbreviation a : source.all()) {
      Concept concept = null;
      for (String e : a.expansions()) {
        concept = byExpansionKey.get(expansionKey(e));
        if (concept != null) {
          break;
        }
      }
      if (concept == null) {
        concept = byShortForm.get(key(a.shortForm()));
      }
      if (concept == null) {
        concept = new Concept(new LinkedHashSet<>(), new LinkedHashSet<>());
      }
      concept.shortForms().add(a.shortForm());
      concept.expansions().addAll(a.expansions());
      byShortForm.put(key(a.shortForm()), concept);
      for (String e : a.expansions()) {
        byExpansionKey.put(expansionKey(e), concept);
      }
    }
    for (Concept c : new LinkedHashSet<>(byShortForm.values())) {
      for (String e : c.expansions()) {
        byExpansion.put(syllables(e), c);
      }
    }
  }

  /** The concept a query word abbreviates, or null. */
  Concept byShortForm(String word) {
    return byShortForm.get(key(word));
  }

  /** Expansions as folded syllable lists, for spotting them in a query. */
  Map<List<String>, Concept> expansions() {
    return byExpansion;
  }

  static String key(String shortForm) {
    return VietnameseFolding.removeMarks(VietnameseUnicodeCharFilter.normalize(shortForm, true).strip())
        .toLowerCase(Locale.ROOT);
  }

  private static String expansionKey(String expansion) {
    return String.join(" ", syllables(expansion));
  }

  /** The folded syllables of a phrase: punctuation and connecting commas do not count. */
  static List<String> syllables(String phrase) {
    return new ArrayList<>(Analysis.terms(VietnameseAnalyzers.Tier.FOLDED, phrase));
  }
}
