package vn.nq57.service.store;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A first start on an empty sources folder: the service runs with an empty graph, and search, suggestions, statistics
 * and SPARQL answer (formerly every start failed on the index: "field $facets was not indexed with SortedSetDocValues").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmptySourcesServiceTest {
    private static final Path BUILD = tempDir();
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void emptySources(DynamicPropertyRegistry registry) {
        registry.add("nq57.sources.dir", () -> BUILD.resolve("sources").toString());
        registry.add("nq57.store.dir", () -> BUILD.resolve("tdb2").toString());
        registry.add("nq57.index.dir", () -> BUILD.resolve("lucene").toString());
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("nq57-empty-");
            Files.createDirectories(dir.resolve("sources"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theServiceAnswersWithAnEmptyGraph() throws Exception {
        HttpResponse<String> count = get("/sparql?query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, count.statusCode());
        assertEquals("0", json.readTree(count.body()).at("/results/bindings/0/n/value").asString());

        HttpResponse<String> search = get("/api/search?q=" + URLEncoder.encode("chuyển đổi số", StandardCharsets.UTF_8), "application/json");
        assertEquals(200, search.statusCode(), search.body());
        JsonNode results = json.readTree(search.body());
        assertEquals(0, results.get("total").asInt(), search.body());

        assertEquals(200, get("/api/suggest?q=chuy", "application/json").statusCode());
        assertEquals(200, get("/api/stats", "application/json").statusCode());
    }
}
