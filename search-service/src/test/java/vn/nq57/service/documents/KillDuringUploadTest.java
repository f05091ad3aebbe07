package vn.nq57.service.documents;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * kill -9 during an upload: the real application runs in a child JVM (its own process, the test's class path) on a
 * copy of the real sources; an upload of twenty plans is sent, the process is killed with SIGKILL as soon as the job
 * says it is storing or indexing, and the application is started again on the same folders. Each plan must then be
 * wholly there or wholly absent (never a part of its tasks), and the search index must agree with the store.
 */
class KillDuringUploadTest {
    private static final Path ROOT = Path.of(System.getProperty("nq57.root", "..")).toAbsolutePath().normalize();
    private static final Duration START = Duration.ofMinutes(10);
    private static final String PASSWORD = "kill-test-password";
    private static final int PLANS = 20;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void killedDuringAnUploadTheServiceRestartsWithEachPlanWhollyThereOrAbsentAndTheIndexAgreeing() throws Exception {
        Path dir = Files.createTempDirectory("nq57-kill-");
        Path sources = Files.createDirectories(dir.resolve("sources"));
        try (Stream<Path> files = Files.list(ROOT.resolve("data/sources"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, sources.resolve(f.getFileName()));
        }
        String plan = new String(getClass().getResourceAsStream("/fixtures/documents/ke-hoach-08-da-sar.txt")
                .readAllBytes(), StandardCharsets.UTF_8);

        int port = freePort();
        Process first = start(dir, port, "first");
        String phaseAtKill;
        try {
            awaitHealthy(first, port);
            List<WritableServiceTest.Part> parts = new ArrayList<>();
            for (int i = 0; i < PLANS; i++) {
                parts.add(WritableServiceTest.Part.text("kh-" + (300 + i) + ".txt",
                        plan.replace("08/KH-UBND", (300 + i) + "/KH-UBND")));
            }
            String boundary = "kill-" + System.nanoTime();
            HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(base(port) + "/api/documents"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(WritableServiceTest.multipart(boundary, parts))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, accepted.statusCode(), accepted.body());
            String job = accepted.headers().firstValue("Location").orElseThrow();
            phaseAtKill = "QUEUED";
            Instant until = Instant.now().plus(Duration.ofMinutes(5));
            while (Instant.now().isBefore(until)) {
                phaseAtKill = json.readTree(get(port, job).body()).get("phase").asString();
                if (Set.of("STORING", "INDEXING", "DONE", "FAILED").contains(phaseAtKill)) break;
            }
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no closing of the store or the index
            first.waitFor();
        }
        System.out.println("killed while the upload was " + phaseAtKill);
        // What the store records of itself (read by the next start instead of a count) is what it holds.
        org.apache.jena.query.Dataset killed = org.apache.jena.tdb2.TDB2Factory.connectDataset(dir.resolve("tdb2").toString());
        try {
            assertEquals(org.apache.jena.system.Txn.calculateRead(killed,
                            () -> vn.nq57.loader.store.StoreContents.count(killed.asDatasetGraph())),
                    org.apache.jena.system.Txn.calculateRead(killed,
                            () -> vn.nq57.loader.store.StoreContents.recorded(killed.asDatasetGraph())).orElseThrow(),
                    "recorded = counted after a kill while the upload was " + phaseAtKill);
        } finally {
            org.apache.jena.tdb2.sys.TDBInternal.expel(killed.asDatasetGraph());
        }

        Process second = start(dir, port, "second");
        try {
            awaitHealthy(second, port);
            int present = 0;
            for (int i = 0; i < PLANS; i++) {
                String number = (300 + i) + "/KH-UBND";
                String iri = select(port, "SELECT ?d WHERE { ?d <http://data.europa.eu/eli/ontology#number> \"" + number
                        + "\" ; <https://w3id.org/nq57/ontology#sourceFile> ?f }");
                if (iri == null) {
                    assertEquals(0, searchHits(port, "binh dan hoc vu so", null, number), number + " absent from the index too");
                    continue;
                }
                present++;
                String tasks = select(port, "SELECT (COUNT(?t) AS ?n) WHERE { ?t <https://w3id.org/nq57/ontology#inDocument> <"
                        + iri + "> ; a <https://w3id.org/nq57/ontology#Task> }");
                assertEquals("5", tasks, number + ": all of its tasks or none (killed while " + phaseAtKill + ")");
                assertEquals(1, searchHits(port, "binh dan hoc vu so", iri, number), number + " searchable as stored");
            }
            assertTrue(present == 0 || present == PLANS, "one change: all plans or none, found " + present
                    + " (killed while " + phaseAtKill + ")");
            // And the service takes changes again.
            assertEquals(200, get(port, "/api/documents").statusCode());
        } finally {
            second.destroy();
            second.waitFor();
        }
        deleteQuietly(dir);
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    private Process start(Path dir, int port, String name) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                "vn.nq57.service.Nq57Application",
                "--server.port=" + port,
                "--nq57.sources.dir=" + dir.resolve("sources"),
                "--nq57.store.dir=" + dir.resolve("tdb2"),
                "--nq57.index.dir=" + dir.resolve("lucene"),
                "--nq57.documents.reports-dir=" + dir.resolve("reports"),
                "--nq57.documents.answer-within=0s");
        builder.environment().put("NQ57_ADMIN_PASSWORD", PASSWORD);
        builder.redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile());
        return builder.start();
    }

    private void awaitHealthy(Process process, int port) throws Exception {
        Instant until = Instant.now().plus(START);
        while (Instant.now().isBefore(until)) {
            assertTrue(process.isAlive(), "the application stopped during its start");
            try {
                if (get(port, "/actuator/health").statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the application did not start within " + START);
    }

    private long searchHits(int port, String words, String document, String number) throws Exception {
        String path = "/api/search?size=50&q=" + URLEncoder.encode(words + " " + number, StandardCharsets.UTF_8)
                + (document == null ? "" : "&document=" + URLEncoder.encode(document, StandardCharsets.UTF_8));
        JsonNode results = json.readTree(get(port, path).body()).get("results");
        long n = 0;
        for (JsonNode r : results) {
            JsonNode doc = r.get("document");
            if (doc != null && number.equals(doc.get("number").asString())
                    && r.get("name").asString().contains("bình dân học vụ số")) n++;
        }
        return n;
    }

    private String select(int port, String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base(port) + "/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode bindings = json.readTree(response.body()).at("/results/bindings");
        if (bindings.isEmpty()) return null;
        JsonNode first = bindings.get(0).properties().iterator().next().getValue();
        return first.get("value").asString();
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base(port) + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String base(int port) {
        return "http://localhost:" + port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
