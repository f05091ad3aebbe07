package vn.nq57.service.sparql;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.service.RealDataServiceTest;
import vn.nq57.service.web.ProblemType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Hostile requests against the real service over HTTP, each answered with the right status and a problem detail, and
 * none making the server call out or keep working after its answer: SERVICE in every form, URLs in FROM and the
 * protocol's dataset, catastrophic regular expressions, a cross-product CONSTRUCT, deep nesting, long GETs, malformed
 * requests. Jena's own HTTP client ({@link QueryExecutionHTTP}) is used by GET and by POST, as federating clients do.
 */
class HostileQueriesTest extends RealDataServiceTest {
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final String NQ = "PREFIX nq: <https://w3id.org/nq57/ontology#>\n";
    /** Exponential backtracking on any string of some length that has no '!': minutes per literal for java.util.regex. */
    private static final String REGEX_BOMB = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER(regex(str(?o), '^(.{1,3}){1,30}!$')) }";

    private static LoopbackListener listener;

    @BeforeAll
    static void listen() {
        listener = new LoopbackListener();
    }

    @AfterAll
    static void stopListening() throws IOException {
        listener.close();
    }

    // --- no outbound connection, whatever the query names

    @Test
    void serviceInEveryFormIsRefusedWithoutAConnection() throws Exception {
        String target = listener.url("/sparql");
        List<String> queries = List.of(
                "SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }",
                "SELECT * WHERE { SERVICE SILENT <" + target + "> { ?s ?p ?o } }",
                "SELECT * WHERE { VALUES ?x { <" + target + "> } SERVICE ?x { ?s ?p ?o } }",
                "SELECT * WHERE { BIND(<" + target + "> AS ?x) SERVICE SILENT ?x { ?s ?p ?o } }",
                "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SERVICE <" + target + "> { ?s ?p ?o } } } LIMIT 1",
                "ASK { { SELECT * { SERVICE <" + target + "> { ?a ?b ?c } } } }",
                "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <" + target + "> { ?s ?p ?o } }");
        for (String query : queries) {
            HttpResponse<String> response = send(post(query, ""));
            JsonNode problem = assertProblem(response, 400, ProblemType.SERVICE_REFUSED);
            assertEquals("query", problem.get("parameter").asString(), query);
        }
        assertNoConnection();
    }

    @Test
    void graphIrisNamingAnotherServerAreNeverFetched() throws Exception {
        String graph = listener.url("/graph.ttl");
        String encoded = URLEncoder.encode(graph, StandardCharsets.UTF_8);
        List<HttpResponse<String>> answers = List.of(
                send(post("SELECT * FROM <" + graph + "> WHERE { ?s ?p ?o }", "")),
                send(post("SELECT * FROM NAMED <" + graph + "> WHERE { GRAPH ?g { ?s ?p ?o } }", "")),
                send(post("SELECT * WHERE { ?s ?p ?o } LIMIT 1", "&default-graph-uri=" + encoded)),
                send(post("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1", "&named-graph-uri=" + encoded)),
                send(post("DESCRIBE <" + graph + ">", "")));
        for (HttpResponse<String> answer : answers) assertEquals(200, answer.statusCode(), answer.body());
        // Updates that would fetch are refused before anything runs.
        HttpResponse<String> load = send(HttpRequest.newBuilder(uri("/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("LOAD <" + graph + ">")).build());
        assertEquals(405, load.statusCode());
        HttpResponse<String> loadAsQuery = send(post("LOAD <" + graph + ">", ""));
        assertProblem(loadAsQuery, 400, ProblemType.READ_ONLY);
        assertNoConnection();
    }

    private static void assertNoConnection() throws InterruptedException {
        Thread.sleep(300); // a connection attempt made asynchronously would have arrived by now
        assertEquals(0, listener.connections(), "the server connected to an address named by a query");
    }

    // --- the timeout reaches inside expensive functions

    /**
     * Three catastrophic regular expressions at once, each with a 1 s timeout: each is answered 503, and a second after
     * the answers the request threads are idle (their CPU time grows by less than a quarter of a core-second over the
     * next second), so no thread outlives its request by more than a second.
     */
    @Test
    void aCatastrophicRegexStopsWithItsRequest() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> bombs = new ArrayList<>();
        for (int i = 0; i < 3; i++)
            bombs.add(http.sendAsync(post(REGEX_BOMB, "&timeout=1"), HttpResponse.BodyHandlers.ofString()));
        for (CompletableFuture<HttpResponse<String>> bomb : bombs) {
            JsonNode problem = assertProblem(bomb.get(), 503, ProblemType.QUERY_TIMEOUT);
            assertEquals("timeout", problem.get("parameter").asString());
        }
        Thread.sleep(1000);
        long before = requestThreadsCpuNanos();
        Thread.sleep(1000);
        long busy = requestThreadsCpuNanos() - before;
        assertTrue(busy < Duration.ofMillis(250).toNanos(),
                "request threads used " + busy / 1_000_000 + " ms of CPU in the second after their 503s: a query is still running");
    }

    @Test
    void aCatastrophicReplaceStopsWithItsRequest() throws Exception {
        HttpResponse<String> response = send(post(
                "SELECT (COUNT(?r) AS ?n) WHERE { ?s ?p ?o BIND(replace(str(?o), '^(.{1,3}){1,30}!$', 'x') AS ?r) }", "&timeout=1"));
        assertProblem(response, 503, ProblemType.QUERY_TIMEOUT);
        Thread.sleep(1000);
        long before = requestThreadsCpuNanos();
        Thread.sleep(1000);
        assertTrue(requestThreadsCpuNanos() - before < Duration.ofMillis(250).toNanos(), "REPLACE kept running");
    }

    /** A string doubled in a chain of BINDs would take 2^40 characters; the service stops it at its length limit. */
    @Test
    void aStringDoubledWithoutEndIsBounded() throws Exception {
        StringBuilder query = new StringBuilder("SELECT (STRLEN(?v40) AS ?n) WHERE { BIND(\"" + "x".repeat(64) + "\" AS ?v0)");
        for (int i = 1; i <= 40; i++) query.append(" BIND(CONCAT(?v").append(i - 1).append(", ?v").append(i - 1).append(") AS ?v").append(i).append(")");
        query.append(" }");
        HttpResponse<String> response = send(post(query.toString(), "&timeout=5"));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode binding = json.readTree(response.body()).at("/results/bindings/0");
        assertTrue(binding.isMissingNode() || !binding.has("n"), "the over-long string was not refused: " + response.body());
    }

    /** GROUP_CONCAT over a cross product would grow one string faster than the timeout: refused at the length limit. */
    @Test
    void aGroupConcatOfACrossProductIsBounded() throws Exception {
        HttpResponse<String> response = send(post(
                "SELECT (GROUP_CONCAT(CONCAT(STR(?o), STR(?d))) AS ?all) WHERE { ?s ?p ?o . ?c ?q ?d }", "&timeout=10"));
        if (response.statusCode() == 503) {
            assertProblem(response, 503, ProblemType.QUERY_TIMEOUT);
            return;
        }
        JsonNode problem = assertProblem(response, 400, ProblemType.SPARQL_EVALUATION);
        assertTrue(problem.get("detail").asString().contains("GROUP_CONCAT"), problem.toString());
        // Within the limit it concatenates as usual.
        HttpResponse<String> small = send(post(NQ + "SELECT (GROUP_CONCAT(STR(?d); SEPARATOR='|') AS ?all) WHERE { ?d a nq:Plan }", ""));
        assertEquals(200, small.statusCode(), small.body());
        assertTrue(json.readTree(small.body()).at("/results/bindings/0/all/value").asString().contains("|"));
    }

    /** Each thread of Tomcat's request pool, by name: what is left running after a request is answered. */
    private static long requestThreadsCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null || !info.getThreadName().contains("-exec-")) continue;
            long cpu = threads.getThreadCpuTime(info.getThreadId());
            if (cpu > 0) total += cpu;
        }
        return total;
    }

    // --- caps stated before streaming

    /**
     * Every triple against every other: far more than the cap. The answer is either complete Turtle holding exactly the
     * cap with {@code Nq57-Truncated: true} in its headers, or a 503 problem: never a 200 cut mid-triple.
     */
    @Test
    void aCrossProductConstructIsCappedAndSaysSo() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/turtle")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode("CONSTRUCT { ?a ?p ?d } WHERE { ?a ?p ?b . ?c ?q ?d }")))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() == 503) {
            assertProblem(new String(response.body(), StandardCharsets.UTF_8), response.headers().firstValue("Content-Type").orElse(""),
                    503, ProblemType.QUERY_TIMEOUT);
            return;
        }
        assertEquals(200, response.statusCode());
        assertEquals("true", response.headers().firstValue(SparqlController.TRUNCATED_HEADER).orElse(null));
        long cap = Long.parseLong(response.headers().firstValue(SparqlController.TRIPLE_LIMIT_HEADER).orElseThrow());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(response.body())).lang(Lang.TURTLE).parse(graph); // fails on a cut body
        assertTrue(graph.size() > 0 && graph.size() <= cap, graph.size() + " triples for a cap of " + cap);
    }

    @Test
    void aSmallConstructSaysItIsComplete() throws Exception {
        HttpResponse<String> response = send(post(NQ + "CONSTRUCT { ?d a nq:Plan } WHERE { ?d a nq:Plan }", ""));
        assertEquals(200, response.statusCode());
        assertEquals("false", response.headers().firstValue(SparqlController.TRUNCATED_HEADER).orElse(null));
    }

    // --- nesting and length

    @Test
    void deepNestingIsRefusedByName() throws Exception {
        String groups = "SELECT * WHERE " + "{ ".repeat(5000) + "?s ?p ?o" + " }".repeat(5000);
        JsonNode problem = assertProblem(send(post(groups, "")), 400, ProblemType.TOO_DEEPLY_NESTED);
        assertEquals("query", problem.get("parameter").asString());
        String expression = "SELECT * WHERE { ?s ?p ?o FILTER(" + "(".repeat(20000) + "1" + ")".repeat(20000) + ") } LIMIT 1";
        assertProblem(send(post(expression, "")), 400, ProblemType.TOO_DEEPLY_NESTED);
        // Within the limit, nesting is answered.
        String fine = "SELECT * WHERE " + "{ ".repeat(50) + "?s ?p ?o" + " }".repeat(50) + " LIMIT 1";
        assertEquals(200, send(post(fine, "")).statusCode());
    }

    /**
     * docs/queries/paths-to-57.rq is 9.8 KB, which sparql-http-client and Jena send by GET: the request is read and
     * the query runs (a 200, or a 503 problem when the machine is too slow for its timeout; never Tomcat's 400 page).
     * A cheap query of the same length, a VALUES list of 9 KB, is answered by GET, also through Jena's client.
     */
    @Test
    void aLongQueryByGetIsAnswered() throws Exception {
        String example = Files.readString(ROOT.resolve("docs/queries/paths-to-57.rq"));
        assertTrue(example.length() > 9000, "the example is the long one");
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/sparql?query=" + encode(example)))
                .header("Accept", "application/sparql-results+json").GET().build());
        if (response.statusCode() != 200) assertProblem(response, 503, ProblemType.QUERY_TIMEOUT);

        StringBuilder values = new StringBuilder(NQ + "SELECT ?d WHERE { VALUES ?d {");
        for (int i = 0; values.length() < 9_000; i++) values.append(" <https://w3id.org/nq57/id/doc/none-").append(i).append('>');
        String cheap = values.append(" } ?d a nq:Plan }").toString();
        HttpResponse<String> answered = send(HttpRequest.newBuilder(uri("/sparql?query=" + encode(cheap)))
                .header("Accept", "application/sparql-results+json").GET().build());
        assertEquals(200, answered.statusCode(), answered.body());
        try (QueryExecution execution = QueryExecutionHTTP.service(uri("/sparql").toString()).query(cheap)
                .sendMode(QuerySendMode.asGetAlways).build()) {
            assertEquals(List.of("d"), execution.execSelect().getResultVars());
        }
    }

    @Test
    void aQueryTooLongForGetIsA414Problem() throws Exception {
        String query = "SELECT * WHERE { ?s ?p ?o FILTER(?o != \"" + "x".repeat(70_000) + "\") } LIMIT 1";
        String raw = rawExchange("GET /sparql?query=" + encode(query) + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: vi\r\nConnection: close\r\n\r\n");
        assertTrue(raw.startsWith("HTTP/1.1 414"), raw);
        assertTrue(raw.contains("application/problem+json"), raw);
        assertTrue(raw.contains(ProblemType.URI_TOO_LONG.uri().toString()), raw);
        assertTrue(raw.contains("POST"), "the answer says how to send it instead: " + raw);
    }

    // --- every error a problem detail, Tomcat's own included

    @Test
    void errorsBeforeAnyServletAreProblemDetails() throws Exception {
        String badEscape = rawExchange("GET /sparql/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(badEscape.startsWith("HTTP/1.1 400"), badEscape);
        assertTrue(badEscape.contains("application/problem+json") && badEscape.contains(ProblemType.BASE), badEscape);
        String bigHeader = rawExchange("GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(70_000)
                + "\r\nConnection: close\r\n\r\n");
        assertTrue(bigHeader.startsWith("HTTP/1.1 431"), bigHeader);
        assertTrue(bigHeader.contains("application/problem+json") && bigHeader.contains(ProblemType.HEADERS_TOO_LARGE.uri().toString()), bigHeader);
        String badParameter = rawExchange("GET /sparql?query=%%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertTrue(badParameter.startsWith("HTTP/1.1 400") && badParameter.contains("application/problem+json"), badParameter);
    }

    @Test
    void errorsOfTheApplicationAreProblemDetailsInTheAskedLanguage() throws Exception {
        HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("/no/such/page")).GET().build());
        JsonNode notFound = assertProblem(missing, 404, ProblemType.NOT_FOUND);
        assertTrue(notFound.get("detail").asString().contains("no/such/page"), notFound.toString());
        HttpResponse<String> vi = send(HttpRequest.newBuilder(uri("/no/such/page")).header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.5").GET().build());
        assertEquals("Không tìm thấy", assertProblem(vi, 404, ProblemType.NOT_FOUND).get("title").asString());
        assertEquals("vi", vi.headers().firstValue("Content-Language").orElse(null));

        HttpResponse<String> syntax = send(HttpRequest.newBuilder(uri("/sparql?query=" + encode("SELECT * WHERE { ?s ?p }")))
                .header("Accept-Language", "vi").GET().build());
        JsonNode problem = assertProblem(syntax, 400, ProblemType.SPARQL_SYNTAX);
        assertEquals("Lỗi cú pháp SPARQL", problem.get("title").asString());
        assertTrue(problem.get("detail").asString().startsWith("Truy vấn"), problem.get("detail").asString());
        JsonNode english = assertProblem(send(HttpRequest.newBuilder(uri("/sparql?query=" + encode("SELECT * WHERE { ?s ?p }")))
                .header("Accept-Language", "en").GET().build()), 400, ProblemType.SPARQL_SYNTAX);
        assertTrue(english.get("detail").asString().startsWith("Parameter 'query'"));

        assertProblem(send(HttpRequest.newBuilder(uri("/sparql")).PUT(HttpRequest.BodyPublishers.ofString("x")).build()),
                405, ProblemType.METHOD_NOT_ALLOWED);
        assertProblem(send(HttpRequest.newBuilder(uri("/sparql")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build()), 415, ProblemType.UNSUPPORTED_MEDIA_TYPE);
    }

    // --- content negotiation

    @Test
    void qZeroMeansNotAcceptable() throws Exception {
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/sparql?query=" + encode("ASK {}")))
                .header("Accept", "application/sparql-results+json;q=0").GET().build());
        assertProblem(refused, 406, ProblemType.NOT_ACCEPTABLE);
        HttpResponse<String> notJson = send(HttpRequest.newBuilder(uri("/sparql?query=" + encode("ASK {}")))
                .header("Accept", "application/sparql-results+json;q=0, */*;q=0.1").GET().build());
        assertEquals(200, notJson.statusCode());
        assertFalse(notJson.headers().firstValue("Content-Type").orElse("").contains("json"), "q=0 excluded JSON");
    }

    @Test
    void plainJsonIsAcceptedForSelectAndAsk() throws Exception {
        for (String query : List.of(NQ + "SELECT ?d WHERE { ?d a nq:Plan } LIMIT 2", "ASK { ?s ?p ?o }")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/sparql?query=" + encode(query)))
                    .header("Accept", "application/json").GET().build());
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            JsonNode body = json.readTree(response.body());
            assertTrue(body.has("results") || body.has("boolean"), response.body());
        }
    }

    // --- Jena's HTTP client, by GET and by POST

    @Test
    void jenaClientsByGetAndByPost() {
        String query = NQ + "SELECT (COUNT(?t) AS ?n) WHERE { ?t a nq:Task }";
        long[] counts = new long[2];
        int i = 0;
        for (QuerySendMode mode : List.of(QuerySendMode.asGetAlways, QuerySendMode.asPost)) {
            try (QueryExecution execution = QueryExecutionHTTP.service(uri("/sparql").toString()).query(query).sendMode(mode).build()) {
                ResultSet rows = execution.execSelect();
                QuerySolution row = rows.next();
                counts[i++] = row.getLiteral("n").getLong();
            }
            try (QueryExecution construct = QueryExecutionHTTP.service(uri("/sparql").toString())
                    .query(NQ + "CONSTRUCT { ?d a nq:Plan } WHERE { ?d a nq:Plan }").sendMode(mode).build()) {
                assertFalse(construct.execConstruct().isEmpty(), mode + " CONSTRUCT");
            }
            try (QueryExecution ask = QueryExecutionHTTP.service(uri("/sparql").toString()).query("ASK { ?s ?p ?o }").sendMode(mode).build()) {
                assertTrue(ask.execAsk(), mode + " ASK");
            }
        }
        assertTrue(counts[0] > 0, "the store has tasks");
        assertEquals(counts[0], counts[1], "GET and POST give the same answer");
    }

    // --- helpers

    private HttpRequest post(String query, String extraForm) {
        return HttpRequest.newBuilder(uri("/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json, text/turtle;q=0.9")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode(query) + extraForm)).build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Sends bytes no well-behaved client would, and reads the whole answer. */
    private String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException refusedMidway) {
                // the server may answer and close before reading everything: read what it said
            }
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, ProblemType type) {
        assertEquals(status, response.statusCode(), response.body());
        return assertProblem(response.body(), response.headers().firstValue("Content-Type").orElse(""), status, type);
    }

    private static JsonNode assertProblem(String body, String contentType, int status, ProblemType type) {
        assertTrue(contentType.startsWith("application/problem+json"), contentType + ": " + body);
        JsonNode problem = json.readTree(body);
        assertEquals(status, problem.get("status").asInt(), body);
        assertEquals(type.uri().toString(), problem.get("type").asString(), body);
        assertFalse(problem.get("title").asString().isBlank());
        assertFalse(problem.get("detail").asString().isBlank());
        return problem;
    }
}
