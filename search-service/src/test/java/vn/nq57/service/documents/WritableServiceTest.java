package vn.nq57.service.documents;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Base of the tests that change documents over HTTP on the real application: a temporary copy of the real sources
 * (so the repository's own {@code data/sources} and the other tests' store stay as they are), a store and index built
 * from it on first start, and an admin password set, as a user who enables writes does. Subclasses share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class WritableServiceTest {
    protected static final Path ROOT = Path.of(System.getProperty("nq57.root", "..")).toAbsolutePath().normalize();
    protected static final String PASSWORD = "test-" + UUID.randomUUID();
    protected static final Path BUILD = createBuildDir();
    protected static final Path SOURCES = BUILD.resolve("sources");
    protected static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void writable(DynamicPropertyRegistry registry) {
        registry.add("nq57.sources.dir", SOURCES::toString);
        registry.add("nq57.store.dir", () -> BUILD.resolve("tdb2").toString());
        registry.add("nq57.index.dir", () -> BUILD.resolve("lucene").toString());
        registry.add("nq57.documents.reports-dir", () -> BUILD.resolve("reports").toString());
        registry.add("nq57.security.admin-password", () -> PASSWORD);
        registry.add("nq57.documents.max-file-size", () -> "1MB");
    }

    protected URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    /** A fixture of {@code src/test/resources/fixtures/documents}, as UTF-8 text. */
    protected static String fixture(String name) {
        try (var in = WritableServiceTest.class.getResourceAsStream("/fixtures/documents/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** One file of a multipart body: its field name is always {@code file}. */
    public record Part(String fileName, String contentType, byte[] bytes) {
        public static Part text(String fileName, String text) {
            return new Part(fileName, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    protected HttpResponse<String> send(String method, String path, String authorization, List<Part> parts) {
        return send(method, path, authorization, parts, null);
    }

    /** As {@link #send(String, String, String, List)}, asking for answers in {@code language} (Accept-Language). */
    protected HttpResponse<String> send(String method, String path, String authorization, List<Part> parts,
                                        String language) {
        String boundary = "nq57-" + UUID.randomUUID();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (authorization != null) request.header("Authorization", authorization);
        if (language != null) request.header("Accept-Language", language);
        if (parts == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, parts)));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    protected HttpResponse<String> upload(String... nameAndText) {
        List<Part> parts = new java.util.ArrayList<>();
        for (int i = 0; i < nameAndText.length; i += 2) parts.add(Part.text(nameAndText[i], nameAndText[i + 1]));
        return send("POST", "/api/documents", basic("admin", PASSWORD), parts);
    }

    static byte[] multipart(String boundary, List<Part> parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (Part p : parts) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + p.fileName() + "\"\r\nContent-Type: " + p.contentType() + "\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.bytes());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static Path createBuildDir() {
        try {
            Path dir = Files.createTempDirectory("nq57-writable-");
            Path sources = Files.createDirectories(dir.resolve("sources"));
            try (Stream<Path> files = Files.list(ROOT.resolve("data/sources"))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, sources.resolve(f.getFileName()));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
