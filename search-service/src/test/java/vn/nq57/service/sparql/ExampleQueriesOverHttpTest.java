package vn.nq57.service.sparql;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.nq57.ontology.Vocab;
import vn.nq57.service.RealDataServiceTest;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The documented example queries ({@code docs/queries/*.rq}) and the loader's own checks, run over HTTP against
 * the service built from the real documents; and a round trip with Jena's SPARQL client.
 */
class ExampleQueriesOverHttpTest extends RealDataServiceTest {
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final String PREFIXES = Vocab.PREFIXES.entrySet().stream()
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n").collect(Collectors.joining());

    @TestFactory
    Stream<DynamicTest> everyExampleQueryReturnsRows() throws Exception {
        List<Path> queries;
        try (Stream<Path> files = Files.list(ROOT.resolve("docs/queries"))) {
            queries = files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        assertFalse(queries.isEmpty());
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(),
                () -> assertFalse(select(Files.readString(q)).isEmpty(), q.getFileName() + " returned no rows")));
    }

    @Test
    void pathsTo57NameAnAppendixByItsPlansNumber() throws Exception {
        // An appendix has no number of its own; an auditor reading a path needs the plan it belongs to, not "(không số)".
        var appendices = select(PREFIXES + """
                SELECT DISTINCT ?number WHERE { ?task a nq:Task ; nq:inDocument ?d . ?d eli:is_part_of/eli:number ?number .
                  FILTER NOT EXISTS { ?d eli:number ?own } }""");
        assertFalse(appendices.isEmpty(), "the real documents hold tasks in an appendix");
        String paths = select(Files.readString(ROOT.resolve("docs/queries/paths-to-57.rq"))).stream()
                .map(r -> r.getLiteral("path").getString()).collect(Collectors.joining("\n"));
        for (var row : appendices) {
            String number = row.getLiteral("number").getString();
            assertTrue(paths.contains("Phụ lục · " + number + " —"), "the appendix of " + number + " in:\n" + paths);
        }
    }

    @Test
    void tanLoiTasksDeriveFromDongNaisPlan92AndNoOtherProvincesPlan() throws Exception {
        var rows = select(PREFIXES + """
                SELECT DISTINCT ?province WHERE {
                  ?task a nq:Task ; nq:inDocument ?plan .
                  ?plan nq:area ?area . ?area rdfs:label ?commune . FILTER(CONTAINS(?commune, "Tân Lợi"))
                  ?plan nq:derivesFrom+ ?up .
                  ?up eli:number "92/KH-UBND" ; nq:area ?upArea . ?upArea rdfs:label ?province .
                }""");
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.getFirst().getLiteral("province").getString().contains("Đồng Nai"));
    }

    @Test
    void everyCommuneTaskDerivesFromResolution57AndEveryTaskFromAStatedUpstream() throws Exception {
        // only stated lineage: the province plan of Quảng Ngãi implements a conclusion notice about a review of
        // 57-NQ/TW, which no sentence says implements it, so only the commune plans are required to reach 57-NQ/TW
        var orphans = select(PREFIXES + """
                SELECT ?task WHERE {
                  ?task a nq:Task ; nq:inDocument ?doc . ?doc nq:level nq:commune .
                  FILTER NOT EXISTS { ?task nq:inDocument/nq:derivesFrom* ?r . ?r eli:number "57-NQ/TW" }
                } LIMIT 5""");
        assertEquals(List.of(), orphans);
        assertEquals(List.of(), select(PREFIXES + """
                SELECT ?task WHERE { ?task a nq:Task ; nq:inDocument ?doc .
                  FILTER NOT EXISTS { ?doc nq:derivesFrom ?up } FILTER NOT EXISTS { ?doc eli:number "57-NQ/TW" } } LIMIT 5"""));
    }

    @Test
    void jenasHttpClientRoundTrip() {
        String query = PREFIXES + """
                SELECT ?task ?name WHERE { ?task a nq:Task ; nq:name ?name ; nq:inDocument/nq:area/rdfs:label ?a .
                  FILTER(CONTAINS(?a, "Tân Lợi")) }""";
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecutionHTTP execution = QueryExecutionHTTP.service(uri("/sparql").toString()).query(query).build()) {
            execution.execSelect().forEachRemaining(rows::add);
        }
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.getLiteral("name").getLanguage().equals("vi")));
        try (QueryExecutionHTTP ask = QueryExecutionHTTP.service(uri("/sparql").toString())
                .query(PREFIXES + "ASK { ?d eli:number \"57-NQ/TW\" }").build()) {
            assertTrue(ask.execAsk());
        }
    }

    private List<QuerySolution> select(String query) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri("/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
        List<QuerySolution> rows = new ArrayList<>();
        results.forEachRemaining(rows::add);
        return rows;
    }
}
