package vn.nq57.bench.http;

import java.util.List;
import java.util.Map;

/**
 * The fixed search mix: what officers type (issue 7): queries without diacritics, abbreviations, quoted phrases,
 * plain Vietnamese, and facet filters. The same strings go to both sides; the peer gets them as a Lucene query in
 * {@code text:query}, the facet filters as triple patterns.
 */
public final class QueryMix {
    private QueryMix() {}

    public static List<SearchQuery> standard(String province) {
        return List.of(
                SearchQuery.of("no diacritics", "chuyen doi so"),
                SearchQuery.of("no diacritics", "dich vu cong truc tuyen"),
                SearchQuery.of("no diacritics", "an toan thong tin"),
                SearchQuery.of("no diacritics", "ha tang so"),
                SearchQuery.of("abbreviation", "CĐS"),
                SearchQuery.of("abbreviation", "TTHC"),
                SearchQuery.of("abbreviation", "ATTT"),
                SearchQuery.of("phrase", "\"chuyển đổi số\""),
                SearchQuery.of("phrase", "\"thủ tục hành chính\""),
                SearchQuery.of("diacritics", "chữ ký số"),
                SearchQuery.of("diacritics", "nền tảng số"),
                new SearchQuery("facet filter", "chuyen doi so", Map.of("level", "commune")),
                new SearchQuery("facet filter", "dịch vụ công", Map.of("type", "Task", "province", province)));
    }
}
