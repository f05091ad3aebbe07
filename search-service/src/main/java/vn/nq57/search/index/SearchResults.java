package vn.nq57.search.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of results, the number of matches, and the facet counts over all matches (dimension → values, most frequent
 * first). {@code total} is exact when {@code totalRelation} is {@link TotalRelation#EQ}; when it is
 * {@link TotalRelation#GTE} there are at least {@code total} matches (counting them all would cost more than the page:
 * Elasticsearch's {@code hits.total.relation}). {@code approximate} says the results include matches of the forgiving
 * pass (diacritics as typed not enforced, one edit on short words, a word missing); {@code counts} splits the total by
 * how the results matched, exact ones always listed first (a lower bound too when the total is).
 */
public record SearchResults(long total, TotalRelation totalRelation, List<SearchHit> hits,
    Map<String, List<FacetCount>> facets, boolean approximate, Counts counts) {

  /** The total split by {@link SearchHit.Match}: {@code exact + approximate + partial == total}. */
  public record Counts(long exact, long approximate, long partial) {}

  /** Whether {@code total} is the number of matches ({@code eq}) or a lower bound of it ({@code gte}). */
  public enum TotalRelation {
    EQ, GTE;

    /** The lower-case name the API shows ("eq", "gte"). */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public SearchResults {
    hits = List.copyOf(hits);
    facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
  }

  /** Results whose total is exact. */
  public SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets, boolean approximate,
      Counts counts) {
    this(total, TotalRelation.EQ, hits, facets, approximate, counts);
  }

  /** Whether {@code total} is the exact number of matches. */
  public boolean totalExact() {
    return totalRelation == TotalRelation.EQ;
  }
}
