package vn.nq57.service;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Base of the tests that run the real application on a random port over the real source documents: the store and the
 * search index are built on first start from {@code data/sources} into a temporary directory, exactly as a user's
 * first start does. Every subclass shares one configuration, so Spring starts the application once per test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RealDataServiceTest {

    /** The repository root (surefire sets {@code nq57.root}). */
    protected static final Path ROOT = Path.of(System.getProperty("nq57.root", "..")).toAbsolutePath().normalize();

    private static final Path BUILD = createBuildDir();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void realData(DynamicPropertyRegistry registry) {
        registry.add("nq57.sources.dir", () -> ROOT.resolve("data/sources").toString());
        registry.add("nq57.store.dir", () -> BUILD.resolve("tdb2").toString());
        registry.add("nq57.index.dir", () -> BUILD.resolve("lucene").toString());
    }

    /** An absolute URI on the running application, e.g. {@code uri("/api/search?q=x")}. */
    protected URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    private static Path createBuildDir() {
        try {
            return Files.createTempDirectory("nq57-real-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
