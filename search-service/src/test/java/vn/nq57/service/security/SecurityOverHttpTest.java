package vn.nq57.service.security;

import org.junit.jupiter.api.Test;
import vn.nq57.service.RealDataServiceTest;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The HTTP layer a browser and a script meet, on the real service as it starts with no admin password: security
 * headers on every response (pages, APIs, errors, static files), CORS for reads from any origin but never for changes,
 * OPTIONS telling what is really allowed, and writes disabled with a problem detail saying how to enable them.
 */
class SecurityOverHttpTest extends RealDataServiceTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ORIGIN = "https://bao-cao.example.vn";

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/index.html", "/js/api.js", "/css/app.css", "/api/search?q=chuyen+doi+so",
                "/sparql?query=" + enc("ASK {}"), "/api/entities", "/no-such-page", "/api/documents",
                "/swagger-ui/index.html")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET());
            var headers = response.headers();
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), path);
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null), path);
            String csp = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("script-src 'self' 'unsafe"), path + ": " + csp);
            assertTrue(csp.contains("object-src 'none'"), path + ": " + csp);
        }
    }

    /**
     * The refusals made before or outside our controllers carry the same headers and are problem details too: a path
     * Spring Security's firewall refuses, a request line Tomcat cannot read (answered before any filter runs), headers
     * over Tomcat's limit, and a cross-origin preflight for a change (Spring's CORS check said "Invalid CORS request" in
     * plain text).
     */
    @Test
    void refusalsMadeOutsideTheControllersCarryTheSecurityHeadersAndAProblemDetail() throws Exception {
        List<String> failures = new java.util.ArrayList<>();
        HttpResponse<String> firewall = send(withLanguage(HttpRequest.newBuilder(uri("/api/search;x=1?q=so")).GET(), "vi"));
        failures.addAll(refusalHeaders("firewall", 400, firewall.statusCode(), firewall.headers().map()));
        HttpResponse<String> preflight = send(withLanguage(HttpRequest.newBuilder(uri("/api/documents/any"))
                .header("Origin", ORIGIN).header("Access-Control-Request-Method", "DELETE")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()), "vi"));
        failures.addAll(refusalHeaders("preflight", 403, preflight.statusCode(), preflight.headers().map()));
        if (!(preflight.body().contains("\"detail\"") && preflight.body().contains(ORIGIN) && preflight.body().contains("DELETE")))
            failures.add("preflight: no problem detail naming the origin and method: " + preflight.body());
        HttpResponse<String> big = send(HttpRequest.newBuilder(uri("/api/stats")).header("X-Big", "a".repeat(70_000)).GET());
        failures.addAll(refusalHeaders("headers over the limit", 431, big.statusCode(), big.headers().map()));
        // A request line with raw (unencoded) UTF-8: Tomcat refuses it before the application sees it.
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /api/search?q=chuyển HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String head = raw.substring(0, Math.max(0, raw.indexOf("\r\n\r\n")));
            java.util.Map<String, List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            head.lines().skip(1).forEach(line -> headers.computeIfAbsent(line.substring(0, line.indexOf(':')),
                    k -> new java.util.ArrayList<>()).add(line.substring(line.indexOf(':') + 1).strip()));
            int status = Integer.parseInt(head.split(" ")[1]);
            failures.addAll(refusalHeaders("raw request line", 400, status, headers));
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static List<String> refusalHeaders(String what, int expected, int status, java.util.Map<String, List<String>> headers) {
        java.util.Map<String, List<String>> h = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        List<String> failures = new java.util.ArrayList<>();
        if (status != expected) failures.add(what + ": status " + status);
        for (var header : java.util.Map.of("X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY",
                "Referrer-Policy", "same-origin").entrySet())
            if (!List.of(header.getValue()).equals(h.getOrDefault(header.getKey(), List.of())))
                failures.add(what + ": " + header.getKey() + " " + h.get(header.getKey()));
        if (!String.valueOf(h.get("Content-Security-Policy")).contains("frame-ancestors 'none'"))
            failures.add(what + ": Content-Security-Policy " + h.get("Content-Security-Policy"));
        if (!String.valueOf(h.get("Content-Type")).contains("application/problem+json"))
            failures.add(what + ": Content-Type " + h.get("Content-Type"));
        return failures;
    }

    /**
     * A HEAD, and a conditional GET answered 304, carry the headers the GET carries: the welcome page {@code /} is a
     * forward with no body in either, which is where they were lost.
     */
    @Test
    void headAndNotModifiedAnswersCarryTheSameHeadersAsGet() throws Exception {
        List<String> security = List.of("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options",
                "Referrer-Policy");
        for (String path : List.of("/", "/index.html", "/documents.html", "/js/api.js", "/api/search?q=ATTT",
                "/api/stats", "/sparql?query=" + enc("ASK {}"), "/no-such-page", "/swagger-ui/index.html")) {
            HttpResponse<String> get = send(HttpRequest.newBuilder(uri(path)).GET());
            HttpResponse<String> head = send(HttpRequest.newBuilder(uri(path)).HEAD());
            assertEquals(get.statusCode(), head.statusCode(), path);
            for (String name : security) assertFalse(get.headers().allValues(name).isEmpty(), path + " GET: " + name);
            for (String name : union(security, List.of("Content-Language"))) {
                assertEquals(get.headers().allValues(name), head.headers().allValues(name), path + " HEAD: " + name);
            }
            String modified = get.headers().firstValue("Last-Modified").orElse(null);
            if (modified == null) continue;
            HttpResponse<String> notModified = send(HttpRequest.newBuilder(uri(path)).header("If-Modified-Since", modified).GET());
            assertEquals(304, notModified.statusCode(), path);
            for (String name : security) {
                assertEquals(get.headers().allValues(name), notModified.headers().allValues(name), path + " 304: " + name);
            }
        }
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void pagesOfOtherOriginsMayReadButNotWrite() throws Exception {
        HttpResponse<String> search = send(HttpRequest.newBuilder(uri("/api/search?q=ATTT")).header("Origin", ORIGIN).GET());
        assertEquals(200, search.statusCode());
        assertEquals("*", search.headers().firstValue("Access-Control-Allow-Origin").orElse(null));

        HttpResponse<String> query = send(HttpRequest.newBuilder(uri("/sparql")).header("Origin", ORIGIN)
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }")));
        assertEquals(200, query.statusCode(), query.body());
        assertEquals("*", query.headers().firstValue("Access-Control-Allow-Origin").orElse(null));

        HttpResponse<String> preflight = send(HttpRequest.newBuilder(uri("/sparql")).header("Origin", ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, preflight.statusCode());
        Set<String> methods = list(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
        assertTrue(methods.containsAll(Set.of("GET", "POST")), methods.toString());
        assertFalse(methods.contains("PUT") || methods.contains("DELETE") || methods.contains("PATCH"), methods.toString());

        for (String method : List.of("DELETE", "PUT", "POST")) {
            HttpResponse<String> change = send(HttpRequest.newBuilder(uri("/api/documents/any")).header("Origin", ORIGIN)
                    .header("Access-Control-Request-Method", method)
                    .header("Access-Control-Request-Headers", "authorization")
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertEquals(403, change.statusCode(), method + " from another origin is refused at the preflight");
            assertTrue(change.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
    }

    @Test
    void optionsListsOnlyWhatTheEndpointDoes() throws Exception {
        HttpResponse<String> options = send(HttpRequest.newBuilder(uri("/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        Set<String> allowed = list(options.headers().firstValue("Allow").orElse(""));
        assertTrue(allowed.containsAll(Set.of("GET", "POST")), allowed.toString());
        assertFalse(allowed.contains("PUT") || allowed.contains("DELETE") || allowed.contains("PATCH"), allowed.toString());
    }

    @Test
    void withoutAnAdminPasswordWritesAreDisabledAndTheAnswerSaysHowToEnableThem() throws Exception {
        assumeTrue(System.getenv("NQ57_ADMIN_PASSWORD") == null, "NQ57_ADMIN_PASSWORD is set in this environment");
        String boundary = "b57";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"k.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nKẾ HOẠCH\r\n--" + boundary + "--\r\n";
        for (String authorization : new String[] {null, "Basic YWRtaW46YWRtaW4="}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/documents"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (authorization != null) request.header("Authorization", authorization);
            HttpResponse<String> response = send(request);
            assertEquals(403, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertTrue(response.body().contains("NQ57_ADMIN_PASSWORD"), response.body());
        }
        HttpResponse<String> delete = send(HttpRequest.newBuilder(uri("/api/documents/000-a8ce0484a169b946-txt")).DELETE());
        assertEquals(403, delete.statusCode());
        assertEquals(200, send(HttpRequest.newBuilder(uri("/api/documents")).GET()).statusCode(), "reading stays open");
    }

    /**
     * Content-Language says what a response is written in: every page is Vietnamese whatever the browser asks (its
     * {@code <html lang>} says so too; English is switched by script), every problem detail in the language it was
     * written in for the request's Accept-Language — the advice's, the error controller's and security's own 403.
     */
    @Test
    void pagesAndProblemDetailsSayTheirLanguage() throws Exception {
        for (String language : new String[] {null, "en", "vi-VN,vi;q=0.9"}) {
            for (String page : List.of("/", "/index.html", "/entity.html", "/documents.html", "/lineage.html")) {
                HttpResponse<String> response = send(withLanguage(HttpRequest.newBuilder(uri(page)).GET(), language));
                assertEquals(200, response.statusCode(), page);
                assertTrue(response.body().contains("<html lang=\"vi\""), page + " is written in Vietnamese");
                assertEquals(List.of("vi"), response.headers().allValues("Content-Language"), page + " asked in " + language);
            }
            boolean vietnamese = language != null && language.startsWith("vi");
            List<HttpRequest.Builder> problems = new java.util.ArrayList<>(List.of(
                    HttpRequest.newBuilder(uri("/api/search?q=ATTT&size=100000")).GET(),
                    HttpRequest.newBuilder(uri("/no-such-page")).GET(),
                    HttpRequest.newBuilder(uri("/sparql?query=" + enc("SELECT * WHERE { ?s ?p }"))).GET()));
            if (System.getenv("NQ57_ADMIN_PASSWORD") == null) {
                problems.add(HttpRequest.newBuilder(uri("/api/documents/000-a8ce0484a169b946-txt")).DELETE());
            }
            for (HttpRequest.Builder request : problems) {
                HttpResponse<String> response = send(withLanguage(request, language));
                String what = response.request().method() + " " + response.request().uri() + " asked in " + language;
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), what);
                assertEquals(List.of(vietnamese ? "vi" : "en"), response.headers().allValues("Content-Language"), what);
                assertTrue(response.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept-Language")), what);
                // and is written in it: the English titles are plain ASCII, the Vietnamese ones are not
                String title = tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body())
                        .get("title").asString();
                assertEquals(vietnamese, !title.chars().allMatch(c -> c < 128), what + ": " + title);
            }
        }
    }

    private static HttpRequest.Builder withLanguage(HttpRequest.Builder request, String language) {
        return language == null ? request : request.header("Accept-Language", language);
    }

    private static Set<String> list(String header) {
        return Arrays.stream(header.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
