package vn.nq57.bench.http;

import java.util.Map;

/**
 * One query of the fixed mix: what a user types, and the facet filters they picked ({@code level}, {@code type},
 * {@code province} as /api/search names them).
 */
public record SearchQuery(String category, String text, Map<String, String> filters) {
    public SearchQuery {
        filters = Map.copyOf(filters);
    }

    static SearchQuery of(String category, String text) {
        return new SearchQuery(category, text, Map.of());
    }
}
