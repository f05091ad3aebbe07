package vn.nq57.service.sparql;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.service.RealDataServiceTest;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The endpoint's guards on the real store: a heavy query is cut off at its timeout while a cheap one keeps being
 * answered, updates are refused and change nothing, a syntax error names its position.
 */
class SparqlGuardsOnRealDataTest extends RealDataServiceTest {
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    /** Four unrelated patterns over every triple of the real store: billions of combinations. */
    private static final String EXPENSIVE = """
            SELECT (COUNT(*) AS ?n) WHERE {
              ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h .
              FILTER(STRLEN(CONCAT(STR(?a), STR(?c), STR(?e), STR(?g))) < 0)
            }""";

    private HttpRequest get(String query, String extra) {
        return HttpRequest.newBuilder(uri("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + extra))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).GET().build();
    }

    private long count() {
        try (QueryExecution qe = QueryExecutionHTTP.service(uri("/sparql").toString()).query(COUNT).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void aHeavyQueryIsCutOffWhileACheapOneStillAnswers() throws Exception {
        CompletableFuture<HttpResponse<String>> heavy =
                http.sendAsync(get(EXPENSIVE, "&timeout=3"), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        long started = System.nanoTime();
        HttpResponse<String> cheap = http.send(get(COUNT, ""), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, cheap.statusCode());
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(3).toNanos(), "the cheap query did not wait");
        assertFalse(heavy.isDone(), "the heavy query was still running");
        HttpResponse<String> cut = heavy.get();
        assertEquals(503, cut.statusCode());
        assertEquals("timeout", json.readTree(cut.body()).get("parameter").asString());
    }

    @Test
    void updatesAreRefusedAndChangeNothing() throws Exception {
        long before = count();
        HttpResponse<String> asQuery = http.send(get("DELETE WHERE { ?s ?p ?o }", ""), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, asQuery.statusCode());
        assertThrows(Exception.class, () -> UpdateExecutionHTTP.service(uri("/sparql").toString())
                .update("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }").execute());
        assertEquals(before, count());
    }

    @Test
    void aSyntaxErrorNamesItsLineAndColumn() throws Exception {
        HttpResponse<String> response = http.send(get("SELECT * WHERE {\n  ?s ?p ?o .\n  FILTER(?o = )\n}", ""), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode());
        JsonNode problem = json.readTree(response.body());
        assertEquals("query", problem.get("parameter").asString());
        assertEquals(3, problem.get("line").asInt());
        assertEquals(13, problem.get("column").asInt(), "the operator missing its right-hand side");
    }
}
