package vn.nq57.service.sparql;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.nq57.service.store.TestStores;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.*;

/** The endpoint over real HTTP, on a real TDB2 store in a temporary directory. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SparqlEndpointTest {
    private static final String NQ = "PREFIX nq: <https://w3id.org/nq57/ontology#>\n";
    private static final String TASKS = NQ + "SELECT ?task ?name WHERE { ?task a nq:Task ; nq:name ?name }";
    private static final String ASK = NQ + "ASK { ?t nq:name \"Xây dựng cơ sở dữ liệu đất đai\"@vi }";
    private static final String CONSTRUCT = NQ + "CONSTRUCT { ?t nq:leadUnit ?u } WHERE { ?t a nq:Task ; nq:leadUnit ?u }";
    private static final String QUADS = NQ + "CONSTRUCT { GRAPH ?g { ?t a nq:Task } } WHERE { GRAPH ?g { ?t a nq:Task } }";
    /** Each pattern matches every triple of the union (59): the FILTER runs on every one of 59^4 combinations. */
    private static final String EXPENSIVE = """
            SELECT (COUNT(*) AS ?n) WHERE {
              ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h .
              FILTER(STRLEN(CONCAT(STR(?a), STR(?c), STR(?e), STR(?g), STR(?h))) < 0)
            }""";

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        var dir = TestStores.create(TestStores.TWO_PLANS);
        registry.add("nq57.store.dir", dir::toString);
        registry.add("nq57.index.dir", () -> dir.resolveSibling(dir.getFileName() + "-lucene").toString());
        registry.add("nq57.sparql.max-rows", () -> "50");
    }

    private String endpoint() {
        return "http://localhost:" + port + "/sparql";
    }

    // --- the three ways of sending a query

    @Test
    void getWithQueryParameter() throws Exception {
        HttpResponse<String> response = send(get("query=" + encode(TASKS), "application/sparql-results+json"));
        assertEquals(200, response.statusCode());
        assertEquals("application/sparql-results+json", mediaType(response));
        assertEquals(5, rows(response, ResultSetLang.RS_JSON));
    }

    @Test
    void postForm() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(endpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+xml")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(TASKS))).build());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/sparql-results+xml", mediaType(response));
        assertEquals(5, rows(response, ResultSetLang.RS_XML));
    }

    @Test
    void postSparqlQueryWithVietnameseLiteral() throws Exception {
        String query = NQ + "SELECT ?t WHERE { ?t nq:name ?n FILTER(CONTAINS(?n, \"dịch vụ công\")) }";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(endpoint() + "?format=csv"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("text/csv", mediaType(response));
        assertEquals(1, rows(response, ResultSetLang.RS_CSV));
    }

    // --- formats, by format= and by Accept

    @ParameterizedTest
    @EnumSource(value = ResultFormat.class, names = {"JSON", "XML", "CSV", "TSV"})
    void selectAndAskInEveryResultFormat(ResultFormat format) throws Exception {
        HttpResponse<String> byName = send(get("query=" + encode(TASKS) + "&format=" + format.shortName(), null));
        assertEquals(format.mediaType(), mediaType(byName));
        assertEquals(5, rows(byName, format.lang()));
        HttpResponse<String> byAccept = send(get("query=" + encode(TASKS), format.mediaType()));
        assertEquals(format.mediaType(), mediaType(byAccept));
        assertEquals(5, rows(byAccept, format.lang()));

        HttpResponse<String> ask = send(get("query=" + encode(ASK), format.mediaType()));
        assertEquals(200, ask.statusCode(), ask.body());
        if (format == ResultFormat.TSV) // Jena writes an ASK as TSV ("?_askResult" / "true") but cannot read it back
            assertEquals("true", ask.body().strip().lines().reduce((first, second) -> second).orElseThrow(), ask.body());
        else
            assertTrue(ResultSetMgr.readBoolean(new ByteArrayInputStream(ask.body().getBytes(StandardCharsets.UTF_8)), format.lang()));
    }

    @ParameterizedTest
    @EnumSource(value = ResultFormat.class, names = {"TURTLE", "JSONLD", "NTRIPLES", "RDFXML", "TRIG", "NQUADS"})
    void constructInEveryGraphFormat(ResultFormat format) throws Exception {
        HttpResponse<String> byName = send(get("query=" + encode(CONSTRUCT) + "&format=" + format.shortName(), null));
        assertEquals(200, byName.statusCode(), byName.body());
        assertEquals(format.mediaType(), mediaType(byName));
        assertEquals(5, quads(byName, format.lang()).stream().count());
        HttpResponse<String> byAccept = send(get("query=" + encode(CONSTRUCT), format.mediaType()));
        assertEquals(format.mediaType(), mediaType(byAccept));
        assertEquals(5, quads(byAccept, format.lang()).stream().count());
    }

    @Test
    void constructWithGraphTemplatesKeepsTheGraphs() throws Exception {
        HttpResponse<String> response = send(get("query=" + encode(QUADS), "application/n-quads"));
        assertEquals(200, response.statusCode(), response.body());
        DatasetGraph quads = quads(response, Lang.NQUADS);
        assertEquals(5, quads.stream().count());
        assertEquals(2, org.apache.jena.atlas.iterator.Iter.count(quads.listGraphNodes()));
        assertEquals(406, send(get("query=" + encode(QUADS), "text/turtle")).statusCode());
    }

    @Test
    void acceptQValuesAreHonoured() throws Exception {
        HttpResponse<String> response = send(get("query=" + encode(TASKS),
                "application/sparql-results+json;q=0.5, text/tab-separated-values, */*;q=0.1"));
        assertEquals("text/tab-separated-values", mediaType(response));
        HttpResponse<String> graph = send(get("query=" + encode(CONSTRUCT),
                "text/turtle;q=0.2, application/ld+json;q=0.9"));
        assertEquals("application/ld+json", mediaType(graph));
        HttpResponse<String> browser = send(get("query=" + encode(TASKS), "text/html,application/xhtml+xml,*/*;q=0.8"));
        assertEquals("application/sparql-results+json", mediaType(browser));
    }

    // --- Jena's own client

    @Test
    void jenaClientRoundTrip() {
        try (QueryExecution select = QueryExecutionHTTP.service(endpoint()).query(TASKS).build()) {
            assertEquals(5, ResultSetFormatter.consume(select.execSelect()));
        }
        try (QueryExecution ask = QueryExecutionHTTP.service(endpoint()).query(ASK).build()) {
            assertTrue(ask.execAsk());
        }
        try (QueryExecution construct = QueryExecutionHTTP.service(endpoint()).query(CONSTRUCT).build()) {
            Model model = construct.execConstruct();
            assertEquals(5, model.size());
        }
        Query describe = QueryFactory.create("DESCRIBE <https://w3id.org/nq57/id/doc/ubnd-xa-b/2025/40-kh-ubnd/task/1>");
        try (QueryExecution execution = QueryExecutionHTTP.service(endpoint()).query(describe).build()) {
            assertEquals(5, execution.execDescribe().size());
        }
    }

    // --- dataset, caps, limits

    @Test
    void protocolDatasetIsHonoured() throws Exception {
        String graphA = "https://w3id.org/nq57/graph/plan-a-txt";
        HttpResponse<String> response = send(get("query=" + encode(TASKS) + "&default-graph-uri=" + encode(graphA), null));
        assertEquals(3, rows(response, ResultSetLang.RS_JSON));
        HttpResponse<String> relative = send(get("query=" + encode(TASKS) + "&named-graph-uri=plan-a", null));
        assertProblem(relative, 400, "named-graph-uri");
    }

    @Test
    void selectIsCappedAtMaxRows() throws Exception {
        HttpResponse<String> response = send(get("query=" + encode("SELECT * { ?s ?p ?o }"), null));
        assertEquals(50, rows(response, ResultSetLang.RS_JSON));
        assertEquals("50", response.headers().firstValue(SparqlController.ROW_LIMIT_HEADER).orElse(null));
    }

    // --- refusals, as problem details

    @Test
    void updatesAreRefused() throws Exception {
        String update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }";
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(endpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + encode(update))).build());
        assertProblem(form, 405, "update");
        HttpResponse<String> body = send(HttpRequest.newBuilder(URI.create(endpoint()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update)).build());
        assertProblem(body, 405, "update");
        assertProblem(send(get("query=" + encode(update), null)), 400, "query");
        assertEquals(0, rows(send(get("query=" + encode("SELECT * { <urn:x:a> ?p ?o }"), null)), ResultSetLang.RS_JSON));
    }

    @Test
    void syntaxErrorReportsLineAndColumn() throws Exception {
        HttpResponse<String> response = send(get("query=" + encode("SELECT *\nWHERE { ?s ?p }"), "text/csv"));
        JsonObject problem = assertProblem(response, 400, "query");
        assertEquals(2, problem.get("line").getAsNumber().value().intValue());
        assertTrue(problem.getString("detail").contains("line 2, column"), problem.getString("detail"));
    }

    @Test
    void aLexicalErrorAlsoReportsItsPosition() throws Exception {
        JsonObject problem = assertProblem(send(get("query=" + encode("SELEC x"), null)), 400, "query");
        assertEquals(1, problem.get("line").getAsNumber().value().intValue());
        assertEquals(6, problem.get("column").getAsNumber().value().intValue());
    }

    @Test
    void badParametersAreNamed() throws Exception {
        assertProblem(send(get("", null)), 400, "query");
        assertProblem(send(get("query=" + encode(TASKS) + "&format=png", null)), 400, "format");
        assertProblem(send(get("query=" + encode(TASKS) + "&format=ttl", null)), 400, "format");
        assertProblem(send(get("query=" + encode(TASKS), "image/png")), 406, "Accept");
        assertProblem(send(get("query=" + encode(TASKS) + "&timeout=soon", null)), 400, "timeout");
        assertProblem(send(get("query=" + encode(TASKS) + "&query=" + encode(TASKS), null)), 400, "query");
    }

    @Test
    void springsOwnErrorsAreProblemDetailsToo() throws Exception {
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(endpoint()))
                .PUT(HttpRequest.BodyPublishers.ofString(TASKS)).build());
        assertProblem(put, 405, null);
        HttpResponse<String> text = send(HttpRequest.newBuilder(URI.create(endpoint()))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(TASKS)).build());
        assertProblem(text, 415, null);
    }

    /**
     * A 415 lists, in its detail and its Accept header, only the bodies a POST is answered for: a form or a query.
     * An update is refused (405, read-only), so it is not among them.
     */
    @Test
    void anUnsupportedBodyIsToldTheBodiesThatAreAnswered() throws Exception {
        java.util.Set<String> answered = java.util.Set.of("application/x-www-form-urlencoded", "application/sparql-query");
        for (String language : new String[] {"en", "vi"}) {
            for (String contentType : new String[] {"text/plain", "application/json", "no media type"}) {
                HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(endpoint()))
                        .header("Content-Type", contentType).header("Accept-Language", language)
                        .POST(HttpRequest.BodyPublishers.ofString(TASKS)).build());
                String what = contentType + " in " + language;
                String detail = assertProblem(response, 415, null).getString("detail");
                for (String type : answered) assertTrue(detail.contains(type), what + ": " + detail);
                assertFalse(detail.contains("sparql-update"), what + ": " + detail);
                assertTrue(detail.contains("'" + contentType + "'"), "says what was sent: " + detail);
                java.util.Set<String> accept = java.util.Arrays.stream(response.headers().firstValue("Accept").orElse("")
                        .split(",")).map(String::strip).collect(java.util.stream.Collectors.toSet());
                assertEquals(answered, accept, what);
            }
        }
        HttpResponse<String> update = send(HttpRequest.newBuilder(URI.create(endpoint()))
                .header("Content-Type", "application/sparql-update; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build());
        assertProblem(update, 405, "update");
        assertEquals(200, send(HttpRequest.newBuilder(URI.create(endpoint()))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(ASK)).build())
                .statusCode(), "a query is still answered");
    }

    @Test
    void oversizedBodyIs413AndTheServerAnswersAfterwards() throws Exception {
        String huge = TASKS + "\n#" + "x".repeat(1_500_000);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(endpoint()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(huge)).build());
        JsonObject problem = assertProblem(response, 413, null);
        assertEquals(1024 * 1024, problem.get("maxBytes").getAsNumber().value().intValue());
        assertEquals(5, rows(send(get("query=" + encode(TASKS), null)), ResultSetLang.RS_JSON));
    }

    @Test
    void oversizedBodyWithoutContentLengthIs413() throws Exception {
        byte[] huge = (TASKS + "\n#" + "x".repeat(1_500_000)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> query = send(HttpRequest.newBuilder(URI.create(endpoint()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build());
        assertProblem(query, 413, null);
        byte[] hugeForm = ("query=" + encode(TASKS + "\n#" + "x".repeat(1_500_000))).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(endpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(hugeForm))).build());
        assertProblem(form, 413, null);
        assertEquals(5, rows(send(get("query=" + encode(TASKS), null)), ResultSetLang.RS_JSON));
    }

    @Test
    void expensiveQueryIsCutOffAtTheRequestedTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = send(get("query=" + encode(EXPENSIVE) + "&timeout=1", null));
        long millis = (System.nanoTime() - start) / 1_000_000;
        JsonObject problem = assertProblem(response, 503, "timeout");
        assertEquals(1.0, problem.get("timeoutSeconds").getAsNumber().value().doubleValue());
        assertTrue(millis < 5_000, "answered after " + millis + " ms");
        assertEquals(5, rows(send(get("query=" + encode(TASKS), null)), ResultSetLang.RS_JSON));
    }

    @Test
    void cheapQueryAnswersWhileAnExpensiveOneRuns() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<String>> expensive =
                http.sendAsync(get("query=" + encode(EXPENSIVE) + "&timeout=3", null), HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);
        HttpResponse<String> cheap = send(get("query=" + encode(TASKS), null));
        long cheapDone = (System.nanoTime() - start) / 1_000_000;
        assertEquals(5, rows(cheap, ResultSetLang.RS_JSON));
        assertFalse(expensive.isDone(), "the expensive query had already finished after " + cheapDone + " ms");
        assertEquals(503, expensive.get().statusCode());
    }

    // --- operations

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build());
        assertEquals(200, response.statusCode());
        assertEquals("UP", JSON.parse(response.body()).getString("status"));
    }

    @Test
    void everyRequestIsLoggedOnce(CapturedOutput output) throws Exception {
        send(get("query=" + encode(TASKS), null));
        assertTrue(output.getOut().contains("method=GET path=/sparql status=200"), output.getOut());
        assertTrue(output.getOut().lines().anyMatch(l -> l.contains("path=/sparql status=200") && l.contains("results=5")));
    }

    // --- helpers

    private HttpRequest get(String parameters, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint() + (parameters.isEmpty() ? "" : "?" + parameters)));
        if (accept != null) request.header("Accept", accept);
        return request.timeout(Duration.ofSeconds(30)).build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }

    private static int rows(HttpResponse<String> response, Lang lang) {
        assertEquals(200, response.statusCode(), response.body());
        var in = new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8));
        return ResultSetFormatter.consume(ResultSetMgr.read(in, lang));
    }

    private static DatasetGraph quads(HttpResponse<String> response, Lang lang) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.fromString(response.body(), lang).parse(dataset);
        return dataset;
    }

    private static JsonObject assertProblem(HttpResponse<String> response, int status, String parameter) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", mediaType(response), response.body());
        JsonObject problem = JSON.parse(response.body());
        assertEquals(status, problem.get("status").getAsNumber().value().intValue());
        assertFalse(problem.getString("detail").isBlank());
        if (parameter != null) assertEquals(parameter, problem.getString("parameter"), response.body());
        return problem;
    }
}
