package vn.nq57.search.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results, the total number of matches, and the facet counts over all matches (dimension → values,
 * most frequent first). {@code approximate} says the results include matches of the forgiving pass (diacritics as
 * typed not enforced, one edit on short words, a word missing); {@code counts} splits the total by how the results
 * matched, exact ones always listed first.
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
    boolean approximate, Counts counts) {

  /** The total split by {@link SearchHit.Match}: {@code exact + approximate + partial == total}. */
  public record Counts(long exact, long approximate, long partial) {}

  public SearchResults {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }
}
