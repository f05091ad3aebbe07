package vn.nq57.service.lineage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nq57.service.entity.RealGraph;
import vn.nq57.service.lineage.LineageUp.Edge;
import vn.nq57.service.web.BadParameterException;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Lineage over the real documents, without HTTP; expectations come from the tests' own SPARQL. */
class LineageServiceTest {
    static LineageService service;
    static String dongNai92, tanLoiTask;

    @BeforeAll
    static void load() {
        service = new LineageService(RealGraph.dataset());
        dongNai92 = RealGraph.single("""
                SELECT ?d WHERE { ?d eli:number "92/KH-UBND" ; nq:area/rdfs:label ?a . FILTER(CONTAINS(?a, "Đồng Nai")) }""");
        tanLoiTask = RealGraph.select("""
                SELECT ?t WHERE { ?t a nq:Task ; nq:position ?p ; nq:inDocument/nq:area/rdfs:label ?a .
                  FILTER(CONTAINS(?a, "Tân Lợi")) } ORDER BY ?p LIMIT 1""").getFirst().getResource("t").getURI();
    }

    @Test
    void aTanLoiTaskReachesDongNaisPlan92ThenResolution57WithQuotes() {
        LineageUp up = service.up(tanLoiTask);
        assertFalse(up.paths().isEmpty());
        List<Edge> via92 = up.paths().stream()
                .filter(p -> p.stream().anyMatch(e -> e.to().id().equals(dongNai92)))
                .filter(p -> "57-NQ/TW".equals(p.getLast().to().number()))
                .findFirst().orElseThrow(() -> new AssertionError("no path through 92/KH-UBND to 57-NQ/TW: " + up.paths()));
        assertEquals("inDocument", via92.getFirst().relation());
        assertEquals(tanLoiTask, via92.getFirst().from().id());
        for (int i = 1; i < via92.size(); i++) assertEquals(via92.get(i - 1).to(), via92.get(i).from(), "edges chain");
        Edge into92 = via92.stream().filter(e -> e.to().id().equals(dongNai92)).findFirst().orElseThrow();
        assertEquals("based_on", into92.relation());
        assertTrue(into92.quote().contains("92/KH-UBND"), into92.quote());
        assertEquals("001_624e61ed64e861df.txt", into92.file());
        assertNotNull(into92.lineStart());
        assertTrue(up.tops().stream().anyMatch(t -> "57-NQ/TW".equals(t.number())), up.tops().toString());
        for (List<Edge> path : up.paths()) {
            Set<String> seen = path.stream().map(e -> e.to().id()).collect(Collectors.toSet());
            assertEquals(path.size(), seen.size(), "no document twice on a path");
            assertTrue(up.tops().stream().anyMatch(t -> t.id().equals(path.getLast().to().id())), "every path ends at a top");
        }
    }

    @Test
    void theCommuneTasksUnderPlan92AreExactlyThoseTheGraphDerives() {
        LineageDown down = service.downAll(dongNai92, DownFilter.parse("commune", "Task", null, null));
        Set<String> expected = RealGraph.select("""
                SELECT DISTINCT ?t WHERE { ?t a nq:Task ; nq:inDocument ?d . ?d nq:derivesFrom <%s> ; nq:level nq:commune }"""
                .formatted(dongNai92)).stream().map(r -> r.getResource("t").getURI()).collect(Collectors.toSet());
        assertFalse(expected.isEmpty());
        assertEquals(expected, down.results().stream().map(LineageDown.Item::id).collect(Collectors.toSet()));
        assertEquals(expected.size(), down.total());
        assertEquals(expected.size(), down.countsByDocument().stream().mapToInt(LineageDown.DocumentCount::count).sum());
        assertEquals(expected.size(), down.countsByLevel().get("commune"));
    }

    @Test
    void pagesSplitTheResults() {
        LineageDown all = service.downAll(dongNai92, DownFilter.parse(null, null, null, null));
        LineageDown second = service.down(dongNai92, DownFilter.parse(null, null, "2", "5"));
        assertEquals(all.total(), second.total());
        assertEquals(all.results().subList(5, 10), second.results());
    }

    @Test
    void badFiltersNameTheirParameter() {
        assertEquals("level", parameter(() -> DownFilter.parse("village", null, null, null)));
        assertEquals("type", parameter(() -> DownFilter.parse(null, "Unicorn", null, null)));
        assertEquals("page", parameter(() -> DownFilter.parse(null, null, "0", null)));
        assertEquals("size", parameter(() -> DownFilter.parse(null, null, null, "many")));
        assertEquals("id", parameter(() -> service.down(tanLoiTask, DownFilter.parse(null, null, null, null))),
                "lineage down starts from a document");
    }

    private static Object parameter(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(BadParameterException.class, call).getBody().getProperties().get("parameter");
    }
}
