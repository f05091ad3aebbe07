package vn.nq57.bench.http;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harness's own parsing and query building, on known inputs. */
class HarnessPartsTest {

    @Test
    void gcLogGivesTheMostHeldAfterAndBeforeAnyCollection() {
        GcLog log = GcLog.parse("""
                [0.012s] Using G1
                [1.234s] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->6M(256M) 3.001ms
                [9.876s] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 1536M->912M(2048M) 20.5ms
                [12.001s] GC(2) Pause Full (G1 Compaction Pause) 1900M->1024K(2048M) 150.2ms
                """);
        assertEquals(912L << 20, log.maxAfterGc());
        assertEquals(1900L << 20, log.maxBeforeGc());
        assertEquals(3, log.collections());
        assertEquals(-1, GcLog.parse("[0.012s] Using G1\n").maxAfterGc());
    }

    @Test
    void alignmentDurationIsReadFromAnyWordingWithATimeAndIsAbsentOtherwise() {
        assertEquals(812.0, AlignmentLog.millis("INFO AlignmentService : alignment computed in 812 ms: 6 documents").getAsDouble());
        assertEquals(95_500.0, AlignmentLog.millis("INFO x : alignment of 4301 documents finished in 95.5 s").getAsDouble());
        assertEquals(40.0, AlignmentLog.millis("""
                alignment computed in 10 ms: first
                alignment (background) finished in 40 ms
                """).getAsDouble(), "the last one stated");
        assertTrue(AlignmentLog.millis("INFO alignment graph matches the documents; kept").isEmpty());
        assertTrue(AlignmentLog.millis("Started in 12 s").isEmpty());
    }

    @Test
    void distinctQueriesAreFragmentsOfTheNamesNeverTheSameTwiceHalfWithoutDiacritics() {
        List<String> names = List.of("Triển khai chuyển đổi số trong cơ quan nhà nước",
                "Nâng cao chất lượng dịch vụ công trực tuyến toàn trình",
                "Bảo đảm an toàn thông tin mạng cho hệ thống (cấp độ 2)", "Số", "12/2025");
        List<SearchQuery> queries = DistinctQueries.from(names, 40, 57);
        assertEquals(queries, DistinctQueries.from(names, 40, 57), "deterministic for a seed");
        assertTrue(queries.size() >= 30, "the names hold many fragments: " + queries.size());
        Set<String> keys = new HashSet<>();
        int folded = 0;
        for (SearchQuery q : queries) {
            int words = q.text().split(" ").length;
            assertTrue(words >= 2 && words <= 4, q.text());
            assertTrue(keys.add(DistinctQueries.fold(q.text())), "asked twice (up to diacritics): " + q.text());
            String any = DistinctQueries.fold(q.text());
            assertTrue(names.stream().map(DistinctQueries::fold).map(n -> n.replaceAll("[^\\p{L}\\p{N}]+", " "))
                    .anyMatch(n -> n.contains(any)), "a fragment of a name: " + q.text());
            if (q.text().equals(DistinctQueries.fold(q.text()))) folded++;
            assertTrue(q.filters().isEmpty());
        }
        assertTrue(folded >= queries.size() / 2, "half without diacritics: " + queries);
        assertTrue(DistinctQueries.from(List.of("Số", "2025"), 10, 1).isEmpty(), "no two-word name, no query");
    }

    @Test
    void thePeersFacetedSearchIsOneValidQueryAskingPageTotalAndEveryFacet() {
        for (SearchQuery q : List.of(SearchQuery.of("x", "\"chuyển đổi số\""),
                new SearchQuery("x", "dịch vụ công", Map.of("type", "Task", "province", "Hà Nội")))) {
            String sparql = PeerFacetedSearch.sparql(q);
            Query parsed = QueryFactory.create(Endpoints.PREFIXES + sparql);
            assertTrue(parsed.isSelectType());
            for (String part : List.of("\"hit\"", "\"total\"", "\"type\"", "\"level\"", "\"province\"", "\"issuer\"",
                    "\"document\"", "\"unit\"", "\"deadlineYear\"", "\"deadlineQuarter\"", "\"completed\"")) {
                assertTrue(sparql.contains("BIND(" + part + " AS ?part)"), part);
            }
            assertTrue(sparql.contains("highlight:"), "snippets by jena-text's highlighting");
            assertEquals(!q.filters().isEmpty(), sparql.contains("?s a nq:Task"), "the filters apply to every part");
        }
        assertFalse(PeerFacetedSearch.sparql(SearchQuery.of("x", "a")).contains("%s"));
    }
}
