package vn.nq57.search.index;

/**
 * How much of its answers a {@link SearchIndex} remembers. Both caches are per index generation: a new generation (a
 * rebuild, an upload) is never answered from an entry of an older one.
 *
 * @param enabled       false: every search is computed afresh (no result cache, no facet cache)
 * @param resultEntries the most answers (a page of hits with its facets and total) kept
 * @param resultBytes   the most estimated bytes those answers take on the heap
 * @param facetEntries  the most facet counts kept, per (words, filters): shared by every page of a search
 */
public record CacheSettings(boolean enabled, int resultEntries, long resultBytes, int facetEntries) {

  /** On, 2,000 answers up to 64 MB, 1,000 facet counts. */
  public static final CacheSettings DEFAULT = new CacheSettings(true, 2_000, 64L << 20, 1_000);

  /** Nothing cached. */
  public static final CacheSettings OFF = new CacheSettings(false, 0, 0, 0);

  public CacheSettings {
    if (resultEntries < 0 || resultBytes < 0 || facetEntries < 0) {
      throw new IllegalArgumentException("cache bounds must not be negative");
    }
  }
}
