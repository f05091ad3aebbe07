package vn.nq57.search.index;

/** One value of a facet dimension with the number of results having it; {@code label} names an IRI value. */
public record FacetCount(String value, String label, long count) {}
