package vn.nq57.search.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results, the total number of matches, and the facet counts over all matches (dimension → values,
 * most frequent first). {@code approximate} says the words as typed matched nothing and these results come from the
 * forgiving pass (diacritics as typed not enforced, one edit on short words).
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets,
    boolean approximate) {

  public SearchResults {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }
}
