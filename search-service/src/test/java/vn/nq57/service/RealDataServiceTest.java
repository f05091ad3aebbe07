package vn.nq57.service;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import vn.nq57.ontology.Vocab;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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

    /** The project's prefixes (eli, nq, rdfs, …) as SPARQL PREFIX lines, put before every {@link #sparqlSelect} query. */
    protected static final String PREFIXES = Vocab.PREFIXES.entrySet().stream()
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n").collect(Collectors.joining());

    private static final HttpClient SPARQL_CLIENT = HttpClient.newHttpClient();

    /**
     * A SELECT through the service's own SPARQL endpoint ({@code POST /sparql}, SPARQL 1.1 Protocol, results as
     * SPARQL JSON), with {@link #PREFIXES} before {@code query}; fails the test unless the answer is 200.
     */
    protected List<QuerySolution> sparqlSelect(String query) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = SPARQL_CLIENT.send(HttpRequest.newBuilder(uri("/sparql"))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + query)).build(), HttpResponse.BodyHandlers.ofByteArray());
        org.junit.jupiter.api.Assertions.assertEquals(200, response.statusCode(),
                new String(response.body(), StandardCharsets.UTF_8));
        List<QuerySolution> rows = new ArrayList<>();
        ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON).forEachRemaining(rows::add);
        return rows;
    }

    private static Path createBuildDir() {
        try {
            return Files.createTempDirectory("nq57-real-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
