package vn.nq57.bench.http;

import vn.nq57.bench.peer.PeerAnalyzer;

/**
 * The names of the sides and workloads as the tables print them, in one place, so the ratio table finds the rows it
 * divides. The same workload name on two sides means the same queries were asked of both.
 */
public final class Workloads {
    private Workloads() {}

    public static final String OURS = "ours";
    /** Our service started with its query-result cache switched off. */
    public static final String OURS_CACHE_OFF = "ours, cache off";
    /** The peer with the folding analyzer, given the same work as our faceted search (see {@link PeerFacetedSearch}). */
    public static final String PEER_FACETED = PeerAnalyzer.ASCII_FOLDING.label() + ", facets by GROUP BY + highlight:";
    /** The peer's side for the SPARQL lineage questions. */
    public static final String FUSEKI = "Fuseki";

    /** Results, total, facet counts and snippets, over the fixed 13-query mix. */
    public static final String FACETED = "search with facets, 13-query mix";
    /** A ranked page with names (and ours: snippets and total), no facet counts, over the 13-query mix. */
    public static final String RANKED = "search, ranked list, 13-query mix";
    /** As {@link #FACETED}, each query a different one drawn from the corpus, asked once ({@link DistinctQueries}). */
    public static final String FACETED_DISTINCT = "search with facets, distinct queries";
    /** As {@link #RANKED}, each query a different one drawn from the corpus, asked once. */
    public static final String RANKED_DISTINCT = "search, ranked list, distinct queries";

    public static final String LINEAGE_DOWN = "lineage down (/api/lineage/down)";
    public static final String LINEAGE_UP = "lineage up (/api/lineage/up)";
    public static final String TASKS_UNDER = "tasks under a province plan (SPARQL)";
    public static final String PATHS_TO_57 = "every path to 57-NQ/TW (SPARQL)";
}
