package vn.nq57.bench.http;

import vn.nq57.bench.peer.JavaProcess;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Our search-service, started from its Spring Boot jar in a JVM of its own, over a corpus directory: the first
 * start loads the corpus into an empty store (and builds the index), later starts open what is there. Every start
 * writes a GC log next to its own log ({@code NAME.gc.log}), so the heap it needed can be read afterwards
 * ({@link GcLog}).
 */
final class OurService implements AutoCloseable {
    /** Where in its work directory the service keeps its store and its search index. */
    static final String STORE = "service-tdb2", INDEX = "service-lucene";

    private final JavaProcess process;
    private final URI base;
    private final double startSeconds;
    private final Path gcLog;

    private OurService(JavaProcess process, URI base, double startSeconds, Path gcLog) {
        this.process = process;
        this.base = base;
        this.startSeconds = startSeconds;
        this.gcLog = gcLog;
    }

    /**
     * Starts the service as {@code ./nq57 serve} does (on JDK 25+ from its AOT cache, made once per jar: {@link AotCache})
     * and waits until {@code /actuator/health} answers 2xx.
     *
     * @param heap      -Xmx of the service, e.g. "2g"
     * @param extraArgs Spring arguments added to the standard ones, e.g. {@code --nq57.search.cache.enabled=false}
     * @param logName   file name of the service's log in {@code work}
     * @throws IllegalArgumentException the jar is not there
     * @throws IllegalStateException    the service exited or did not become healthy within {@code timeout}
     */
    static OurService start(Path jar, Path corpus, Path work, String heap, List<String> extraArgs, String logName,
                            Duration timeout) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("service jar not found: " + jar
                    + " (build it: mvn -B -q -DskipTests package -pl search-service -am)");
        }
        int port = JavaProcess.freePort();
        Path gcLog = work.toAbsolutePath().resolve(logName.replaceAll("\\.log$", "") + ".gc.log");
        List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--server.address=127.0.0.1",
                "--nq57.store.dir=" + work.resolve(STORE).toAbsolutePath(),
                "--nq57.index.dir=" + work.resolve(INDEX).toAbsolutePath(),
                "--nq57.sources.dir=" + corpus.toAbsolutePath(),
                // WARN for libraries; our own INFO lines say how long the load, index and alignment took.
                "--logging.level.root=WARN", "--logging.level.vn.nq57=INFO"));
        args.addAll(extraArgs);
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + heap, "-Dfile.encoding=UTF-8",
                JavaProcess.VECTOR_API, JavaProcess.NATIVE_ACCESS, "-Xlog:gc:file=" + gcLog + ":uptime"));
        jvm.addAll(AotCache.launch(jar, work, System.out::println)); // as ./nq57 serve starts it
        JavaProcess p = JavaProcess.start(jvm, args, work, work.resolve(logName));
        URI base = URI.create("http://127.0.0.1:" + port);
        try {
            double ready = p.awaitReady(base.resolve("/actuator/health"), timeout);
            return new OurService(p, base, ready, gcLog);
        } catch (RuntimeException e) {
            p.close();
            throw e;
        }
    }

    /**
     * Removes the store and index an earlier start left in {@code work}, so the next start is a first start (load +
     * index from the corpus). Only these two directories are removed.
     */
    static void clearStore(Path work) {
        for (String dir : List.of(STORE, INDEX)) {
            Path root = work.resolve(dir);
            if (!Files.exists(root)) continue;
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(path);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot clear " + root, e);
            }
        }
    }

    URI base() { return base; }

    URI sparql() { return base.resolve("/sparql"); }

    double startSeconds() { return startSeconds; }

    long heapUsedAfterGc() { return process.heapUsedAfterGc(); }

    JavaProcess process() { return process; }

    /** The GC log of this start so far. */
    GcLog gcLog() { return GcLog.read(gcLog); }

    Path log() { return process.log(); }

    @Override
    public void close() { process.close(); }
}
