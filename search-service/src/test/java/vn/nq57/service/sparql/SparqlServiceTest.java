package vn.nq57.service.sparql;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nq57.service.store.TestStores;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The execution logic without HTTP, over a real TDB2 store. */
class SparqlServiceTest {
    private static final String TASKS = """
            PREFIX nq: <https://w3id.org/nq57/ontology#>
            SELECT ?task ?name WHERE { ?task a nq:Task ; nq:name ?name }""";

    private static SparqlService service;

    @BeforeAll
    static void store() {
        Dataset dataset = TestStores.open(TestStores.create(TestStores.TWO_PLANS));
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        service = new SparqlService(dataset, Duration.ofSeconds(10), 50);
    }

    @Test
    void defaultGraphIsTheUnionOfTheNamedGraphs() {
        assertEquals(5, select(service.prepare(TASKS)).size());
    }

    @Test
    void protocolDatasetReplacesTheQueryDataset() {
        String graphA = "https://w3id.org/nq57/graph/plan-a-txt";
        String graphB = "https://w3id.org/nq57/graph/plan-b-txt";
        // The query names graph B; the protocol's default-graph-uri (graph A, three tasks) wins.
        PreparedQuery query = service.prepare(TASKS.replace("WHERE", "FROM <" + graphB + "> WHERE"), List.of(graphA), List.of());
        assertEquals(3, select(query).size());
        PreparedQuery named = service.prepare("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }", List.of(), List.of(graphB));
        assertEquals(List.of(graphB), select(named).stream().map(r -> r.getResource("g").getURI()).toList());
    }

    @Test
    void relativeGraphIriIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> service.prepare(TASKS, List.of("plan-a"), List.of()));
        assertTrue(e.getMessage().startsWith("default-graph-uri"), e.getMessage());
    }

    @Test
    void selectIsCappedAtMaxRows() {
        PreparedQuery all = service.prepare("SELECT * { ?s ?p ?o }");
        assertTrue(all.capped());
        assertEquals(50, select(all).size());
        PreparedQuery small = service.prepare("SELECT * { ?s ?p ?o } LIMIT 7");
        assertFalse(small.capped());
        assertEquals(7, select(small).size());
    }

    @Test
    void syntaxErrorCarriesLineAndColumn() {
        SparqlSyntaxException e = assertThrows(SparqlSyntaxException.class,
                () -> service.prepare("SELECT *\nWHERE { ?s ?p }"));
        assertEquals(2, e.line());
        assertTrue(e.column() > 1, "column " + e.column());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void updateIsRefused() {
        assertThrows(UpdateRefusedException.class,
                () -> service.prepare("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"));
        assertThrows(UpdateRefusedException.class,
                () -> service.prepare("PREFIX nq: <https://w3id.org/nq57/ontology#> DELETE WHERE { ?t a nq:Task }"));
    }

    @Test
    void formatMustFitTheQuery() {
        assertThrows(IllegalArgumentException.class,
                () -> service.execute(service.prepare(TASKS), ResultFormat.TURTLE, null, (f, cut) -> new ByteArrayOutputStream()));
    }

    @Test
    void requestedTimeoutIsCappedAtTheMaximum() {
        assertEquals(Duration.ofSeconds(10), service.effectiveTimeout(Duration.ofHours(1)));
        assertEquals(Duration.ofSeconds(10), service.effectiveTimeout(null));
        assertEquals(Duration.ofMillis(300), service.effectiveTimeout(Duration.ofMillis(300)));
    }

    @Test
    void constructStreamsTurtleWithTheProjectPrefixes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long triples = service.execute(service.prepare("""
                PREFIX nq: <https://w3id.org/nq57/ontology#>
                CONSTRUCT { ?t nq:name ?n } WHERE { ?t a nq:Task ; nq:name ?n }"""), ResultFormat.TURTLE, null, (f, cut) -> out);
        assertEquals(5, triples);
        String turtle = out.toString(StandardCharsets.UTF_8);
        assertTrue(turtle.contains("\"Triển khai dịch vụ công trực tuyến toàn trình\"@vi"), turtle);
        assertTrue(turtle.contains("nq:name"), turtle);
    }

    private static List<org.apache.jena.query.QuerySolution> select(PreparedQuery query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long count = service.execute(query, ResultFormat.JSON, null, (f, cut) -> out);
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(out.toByteArray()), ResultSetLang.RS_JSON);
        List<org.apache.jena.query.QuerySolution> solutions = ResultSetFormatter.toList(rows);
        assertEquals(count, solutions.size());
        return solutions;
    }
}
