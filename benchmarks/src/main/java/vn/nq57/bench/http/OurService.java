package vn.nq57.bench.http;

import vn.nq57.bench.peer.JavaProcess;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Our search-service, started from its Spring Boot jar in a JVM of its own, over a corpus directory: the first
 * start loads the corpus into an empty store (and builds the index), later starts open what is there.
 */
final class OurService implements AutoCloseable {
    private final JavaProcess process;
    private final URI base;
    private final double startSeconds;

    private OurService(JavaProcess process, URI base, double startSeconds) {
        this.process = process;
        this.base = base;
        this.startSeconds = startSeconds;
    }

    static OurService start(Path jar, Path corpus, Path work, String heap, String logName) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("service jar not found: " + jar
                    + " (build it: mvn -B -q -DskipTests package -pl search-service -am)");
        }
        int port = JavaProcess.freePort();
        JavaProcess p = JavaProcess.start(List.of("-Xmx" + heap, "-Dfile.encoding=UTF-8", "-jar", jar.toAbsolutePath().toString()),
                List.of("--server.port=" + port, "--server.address=127.0.0.1",
                        "--nq57.store.dir=" + work.resolve("service-tdb2").toAbsolutePath(),
                        "--nq57.sources.dir=" + corpus.toAbsolutePath(),
                        "--logging.level.root=WARN"),
                work, work.resolve(logName));
        URI base = URI.create("http://127.0.0.1:" + port);
        double ready = p.awaitReady(base.resolve("/actuator/health"), Duration.ofMinutes(30));
        return new OurService(p, base, ready);
    }

    URI base() { return base; }

    URI sparql() { return base.resolve("/sparql"); }

    double startSeconds() { return startSeconds; }

    long heapUsedAfterGc() { return process.heapUsedAfterGc(); }

    @Override
    public void close() { process.close(); }
}
