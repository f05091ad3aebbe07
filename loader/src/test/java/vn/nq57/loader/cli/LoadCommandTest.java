package vn.nq57.loader.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.nq57.loader.store.GraphStore;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code nq57 load}: with {@code --server} it sends the files to the service's upload API (a test double of the
 * remote side on loopback, JDK's HttpServer, records what arrives); without it, a store held by another process is
 * reported in one sentence pointing to {@code --server}.
 */
class LoadCommandTest {
    @TempDir
    Path dir;
    HttpServer server;
    final List<Map<String, String>> received = new ArrayList<>();
    final List<byte[]> bodies = new ArrayList<>();
    final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
    }

    @AfterEach
    void stop() { server.stop(0); }

    String url() { return "http://127.0.0.1:" + server.getAddress().getPort(); }

    int run(Map<String, String> env, String... args) {
        LoadCommand cmd = new LoadCommand();
        cmd.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        cmd.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        cmd.env = env::get;
        return new CommandLine(cmd).execute(args);
    }

    void record(HttpExchange x) throws IOException {
        byte[] body = x.getRequestBody().readAllBytes();
        received.add(Map.of("method", x.getRequestMethod(), "path", x.getRequestURI().getPath(),
                "auth", String.valueOf(x.getRequestHeaders().getFirst("Authorization")),
                "type", String.valueOf(x.getRequestHeaders().getFirst("Content-Type"))));
        bodies.add(body);
    }

    static void answer(HttpExchange x, int status, String json) throws IOException {
        byte[] b = json.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", status >= 400 ? "application/problem+json" : "application/json");
        x.sendResponseHeaders(status, b.length);
        x.getResponseBody().write(b);
        x.close();
    }

    Path plan(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void sendsEachFileAsAMultipartFilePartWithBasicAuth() throws Exception {
        server.createContext("/api/documents", x -> { record(x); answer(x, 201, "{\"documents\":[{\"tasks\":3}]}"); });
        byte[] pdf = "%PDF-1.7\n%fake but only the client is tested\n".getBytes(StandardCharsets.US_ASCII);
        Path a = plan("Kế hoạch 45.txt", "Kế hoạch\n".getBytes(StandardCharsets.UTF_8));
        Path b = plan("q.pdf", pdf);
        int code = run(Map.of("NQ57_ADMIN_PASSWORD", "bí-mật"), "--server", url(), a.toString(), b.toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(1, received.size());
        Map<String, String> r = received.getFirst();
        assertEquals("POST", r.get("method"));
        assertEquals("/api/documents", r.get("path"));
        assertEquals("Basic " + Base64.getEncoder().encodeToString("admin:bí-mật".getBytes(StandardCharsets.UTF_8)), r.get("auth"));
        assertTrue(r.get("type").startsWith("multipart/form-data; boundary="), r.get("type"));
        String body = new String(bodies.getFirst(), StandardCharsets.UTF_8);
        assertEquals(2, body.split("Content-Disposition: form-data; name=\"file\"", -1).length - 1, body);
        assertTrue(body.contains("filename=\"Kế hoạch 45.txt\""), body);
        assertTrue(body.contains("filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%2045.txt"), body);
        assertTrue(body.contains("Content-Type: application/pdf\r\n\r\n%PDF-1.7\n%fake"), body);
        assertTrue(body.contains("Content-Type: text/plain; charset=utf-8\r\n\r\nKế hoạch\n"), body);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"tasks\":3"));
    }

    @Test
    void replaceSendsEachFileAsAPutOfTheDocumentOfItsNameAndAddsOneNotLoadedYet() throws Exception {
        server.createContext("/api/documents", x -> {
            record(x);
            boolean known = x.getRequestURI().getRawPath().equals("/api/documents/K%E1%BA%BF%20ho%E1%BA%A1ch%2045.txt");
            if (x.getRequestMethod().equals("PUT") && !known) answer(x, 404, "{\"title\":\"Unknown document\"}");
            else answer(x, x.getRequestMethod().equals("PUT") ? 200 : 201, "{\"documents\":[{\"tasks\":3}]}");
        });
        Path a = plan("Kế hoạch 45.txt", "Kế hoạch\n".getBytes(StandardCharsets.UTF_8));
        Path b = plan("new.txt", "Kế hoạch\n".getBytes(StandardCharsets.UTF_8));
        int code = run(Map.of("NQ57_ADMIN_PASSWORD", "x"), "--server", url(), "--replace", a.toString(), b.toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("PUT /api/documents/Kế hoạch 45.txt", "PUT /api/documents/new.txt", "POST /api/documents"),
                received.stream().map(m -> m.get("method") + " " + m.get("path")).toList());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("new.txt is not loaded yet: adding it"));
    }

    @Test
    void replaceOfTheSameDocumentLoadedFromAFileOfAnotherNameReplacesThatOne() throws Exception {
        // the service: no document of the new file's name; adding it clashes with the same document, loaded from
        // "Kế hoạch 45.txt" (id percent-encoded, as the service gives it), which a PUT to that id replaces
        server.createContext("/api/documents", x -> {
            record(x);
            String path = x.getRequestURI().getRawPath();
            if (x.getRequestMethod().equals("PUT") && path.equals("/api/documents/ke-hoach-45-v2.txt")) {
                answer(x, 404, "{\"title\":\"Unknown document\"}");
            } else if (x.getRequestMethod().equals("POST")) {
                answer(x, 409, "{\"status\":409,\"detail\":\"The file 'ke-hoach-45-v2.txt' is the document D, already"
                        + " loaded from the file 'Kế hoạch 45.txt'\",\"file\":\"ke-hoach-45-v2.txt\","
                        + "\"loadedAs\":\"K%E1%BA%BF%20ho%E1%BA%A1ch%2045.txt\",\"loadedFile\":\"Kế hoạch 45.txt\"}");
            } else if (path.equals("/api/documents/K%E1%BA%BF%20ho%E1%BA%A1ch%2045.txt")) {
                answer(x, 200, "{\"documents\":[{\"tasks\":3}]}");
            } else {
                answer(x, 500, "{}");
            }
        });
        Path v2 = plan("ke-hoach-45-v2.txt", "Kế hoạch\n".getBytes(StandardCharsets.UTF_8));
        int code = run(Map.of("NQ57_ADMIN_PASSWORD", "x"), "--server", url(), "--replace", v2.toString());
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, said);
        assertEquals(List.of("PUT /api/documents/ke-hoach-45-v2.txt", "POST /api/documents",
                        "PUT /api/documents/Kế hoạch 45.txt"),
                received.stream().map(m -> m.get("method") + " " + m.get("path")).toList());
        assertTrue(said.contains("ke-hoach-45-v2.txt is the document loaded from the file 'Kế hoạch 45.txt': replacing that one"),
                said);
        assertFalse(said.contains("--replace"), "no advice to do what was just done: " + said);
    }

    @Test
    void aConflictWithAFileOfAnotherNameNamesItAndTheCommandThatReplacesIt() throws Exception {
        server.createContext("/api/documents", x -> {
            record(x);
            answer(x, 409, "{\"status\":409,\"detail\":\"The file 'ke-hoach-45-v2.txt' is the document D\","
                    + "\"file\":\"ke-hoach-45-v2.txt\",\"loadedAs\":\"ke-hoach-45.txt\",\"loadedFile\":\"ke-hoach-45.txt\"}");
        });
        Path v2 = plan("ke-hoach-45-v2.txt", "Kế hoạch\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, run(Map.of("NQ57_ADMIN_PASSWORD", "x"), "--server", url(), v2.toString()));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("ke-hoach-45-v2.txt is the same document as the file 'ke-hoach-45.txt'"), said);
        assertTrue(said.contains("./nq57 load --server " + url() + " --replace " + v2), said);
    }

    @Test
    void aFailedJobTellsTheRefusalsReasonNotTheLoadersLastLine() throws Exception {
        server.createContext("/api/documents", x -> {
            record(x);
            x.getResponseHeaders().set("Location", "/api/jobs/9");
            answer(x, 202, "{\"id\":\"9\",\"phase\":\"QUEUED\"}");
        });
        // a scan read and validated, then refused: the job's last loader line is the SHACL one
        server.createContext("/api/jobs/9", x -> {
            record(x);
            answer(x, 200, "{\"id\":\"9\",\"phase\":\"FAILED\",\"pagesDone\":3,\"pagesTotal\":3,"
                    + "\"message\":\"SHACL: conforms\",\"problem\":{\"status\":409,\"title\":\"Document already loaded\","
                    + "\"detail\":\"The file 'scan.pdf' is the document D, already loaded from the file 'ke-hoach.docx'\"}}");
        });
        Path scan = plan("scan.txt", "Kế hoạch\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, run(Map.of("NQ57_ADMIN_PASSWORD", "x"), "--server", url(), scan.toString()));
        String said = err.toString(StandardCharsets.UTF_8);
        assertFalse(said.lines().anyMatch(l -> l.contains("FAILED") && l.contains("SHACL")), said);
        assertTrue(said.contains("FAILED 3/3"), said);
        assertTrue(said.contains("refused: The file 'scan.pdf' is the document D, already loaded from the file 'ke-hoach.docx'"),
                said);
        assertTrue(said.indexOf("FAILED 3/3") < said.indexOf("refused: "), "the reason follows the failure: " + said);
    }

    @Test
    void followsAnAcceptedJobUntilItIsDone() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        server.createContext("/api/documents", x -> {
            record(x);
            x.getResponseHeaders().set("Location", "/api/jobs/7");
            answer(x, 202, "{\"id\":\"7\",\"phase\":\"QUEUED\"}");
        });
        // the phases and page counts of the service's Job.Status
        server.createContext("/api/jobs/7", x -> {
            record(x);
            if (polls.incrementAndGet() < 3) answer(x, 200, "{\"id\":\"7\",\"phase\":\"READING\",\"pagesDone\":" + polls.get() + ",\"pagesTotal\":3}");
            else answer(x, 200, "{\"id\":\"7\",\"phase\":\"DONE\",\"result\":{\"documents\":[{\"document\":\"https://example.org/d\",\"tasks\":31}],"
                    + "\"report\":{\"documents\":[{\"file\":\"scan.txt\",\"documentIri\":\"https://example.org/d\",\"kind\":\"KeHoach\","
                    + "\"number\":\"45/KH-UBND\",\"rowsSeen\":31,\"tasks\":31,\"indicators\":0,\"references\":2}],\"violations\":[]}}}");
        });
        Path a = plan("scan.txt", "Kế hoạch\n".getBytes(StandardCharsets.UTF_8));
        int code = run(Map.of("NQ57_ADMIN_PASSWORD", "x"), "--server", url(), a.toString());
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertEquals(3, polls.get());
        assertTrue(received.stream().skip(1).allMatch(m -> m.get("method").equals("GET") && m.get("auth").startsWith("Basic ")));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("READING 1/3"), err.toString(StandardCharsets.UTF_8));
        String told = out.toString(StandardCharsets.UTF_8);
        assertTrue(told.contains("  tasks       31") && told.contains("45/KH-UBND"), "the report as a local load tells it: " + told);
        assertTrue(told.contains("page: " + url() + "/entity.html?id=https%3A%2F%2Fexample.org%2Fd"), told);
    }

    @Test
    void aRefusalIsReportedWithTheServicesReasonAndANonZeroExit() throws Exception {
        server.createContext("/api/documents", x -> { record(x); answer(x, 401, "{\"title\":\"Unauthorized\"}"); });
        Path a = plan("a.txt", "Kế hoạch\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, run(Map.of("NQ57_ADMIN_PASSWORD", "wrong"), "--server", url(), a.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("refused the admin password"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutAPasswordNothingIsSent() throws Exception {
        server.createContext("/api/documents", x -> { record(x); answer(x, 201, "{}"); });
        Path a = plan("a.txt", "Kế hoạch\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, run(Map.of(), "--server", url(), a.toString()));
        assertTrue(received.isEmpty());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("NQ57_ADMIN_PASSWORD"));
    }

    @Test
    void aFileThatCannotBeSentIsNamedAndNothingIsSent() throws Exception {
        server.createContext("/api/documents", x -> { record(x); answer(x, 201, "{}"); });
        Path good = plan("a.txt", "Kế hoạch\n".getBytes(StandardCharsets.UTF_8));
        Path missing = dir.resolve("missing.docx");
        assertEquals(2, run(Map.of("NQ57_ADMIN_PASSWORD", "x"), "--server", url(), good.toString(), missing.toString()));
        assertTrue(received.isEmpty());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing.docx"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aStoreHeldByAnotherProcessIsReportedInOneSentence() throws Exception {
        Path store = dir.resolve("tdb2");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreHolder.class.getName(), store.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null && !line.equals("held")) { /* JVM start-up noise */ }
            assertEquals("held", line, "the holder process did not open the store");
            Path a = plan("a.txt", "Kế hoạch\n".getBytes(StandardCharsets.UTF_8));
            assertEquals(4, run(Map.of(), "--store", store.toString(), a.toString()));
            String message = err.toString(StandardCharsets.UTF_8).strip();
            assertEquals(1, message.lines().count(), message);
            assertTrue(message.contains("held by a running service") && message.contains("./nq57 load --server"), message);
        } finally {
            holder.destroy();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Opens a store and keeps it open, as the running service does, until killed. */
    public static final class StoreHolder {
        public static void main(String[] args) throws Exception {
            GraphStore store = GraphStore.open(Path.of(args[0]));
            System.out.println("held");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
            store.close();
        }
    }
}
