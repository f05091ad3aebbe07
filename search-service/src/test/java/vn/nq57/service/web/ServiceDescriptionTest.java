package vn.nq57.service.web;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.service.RealDataServiceTest;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** What a client discovers about the running service: its OpenAPI description and UI, and its health. */
class ServiceDescriptionTest extends RealDataServiceTest {
    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void openApiDescribesEveryApi() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");
        assertEquals(200, response.statusCode());
        JsonNode paths = json.readTree(response.body()).get("paths");
        for (String path : List.of("/api/search", "/api/suggest", "/api/indicators/compare", "/api/entities",
                "/api/lineage/up", "/api/lineage/down", "/api/stats", "/sparql")) {
            assertTrue(paths.has(path), "OpenAPI lists " + path);
        }
        JsonNode q = null;
        for (JsonNode p : paths.get("/api/search").get("get").get("parameters")) {
            if (p.get("name").asString().equals("q")) q = p;
        }
        assertNotNull(q, "the search parameters are described");
        assertFalse(q.get("description").asString().isBlank());
        // the service says what it is, not springdoc's "OpenAPI definition v0"
        JsonNode info = json.readTree(response.body()).get("info");
        assertEquals("nq57-graph API", info.get("title").asString());
        assertTrue(info.get("description").asString().contains("57-NQ/TW"), info.toString());
        assertTrue(paths.has("/api/documents"), "OpenAPI lists the documents API");
    }

    @Test
    void theBrowsableApiUiIsServedFromTheJar() throws Exception {
        HttpResponse<String> page = get("/swagger-ui/index.html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("swagger-ui"), "Swagger UI page");
        assertFalse(page.body().matches("(?s).*src=\"https?://.*"), "no script from outside");
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertEquals(200, health.statusCode());
        assertEquals("UP", json.readTree(health.body()).get("status").asString());
    }

    @Test
    void anUnknownApiPathIsAProblemDetail() throws Exception {
        HttpResponse<String> response = get("/api/nothing-here");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("json"));
    }
}
