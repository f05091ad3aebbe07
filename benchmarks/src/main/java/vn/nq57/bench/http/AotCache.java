package vn.nq57.bench.http;

import vn.nq57.bench.peer.JavaProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How our service is started, as {@code ./nq57 serve} starts it: on a JDK 25 or later, from the jar in extracted form
 * with a JVM AOT cache (JEP 483/514/515; Spring Boot's "AOT Cache" support), so the cold start measured is the one a
 * deployment gets. The jar is extracted ({@code -Djarmode=tools extract}) and a training run made once per jar, in
 * {@code work/service-app/}: the service started on an empty scratch store, exiting once its context is up
 * ({@code -Dspring.context.exit=onRefresh}). A jar of other content (SHA-256) is extracted and trained again; the JVM
 * also checks the cache
 * against the JDK and the jar files it was made from, and runs without it when they differ. On an older JDK, or when
 * the training run fails, the plain jar is used.
 */
final class AotCache {
    private AotCache() {}

    /** JVM arguments that run {@code jar}: {@code -XX:AOTCache=… -jar extracted.jar}, or {@code -jar jar}. */
    static List<String> launch(Path jar, Path work, java.util.function.Consumer<String> log) {
        if (Runtime.version().feature() < 25) return List.of("-jar", jar.toAbsolutePath().toString());
        try {
            Path app = work.toAbsolutePath().resolve("service-app");
            Path extracted = app.resolve(jar.getFileName());
            Path cache = app.resolve("nq57.aot");
            String sum = sha256(jar);
            Path sumFile = app.resolve("jar.sha256");
            if (!Files.isRegularFile(extracted) || !Files.isRegularFile(sumFile)
                    || !Files.readString(sumFile).strip().equals(sum)) {
                deleteTree(app);
                JavaProcess.run(List.of("-Djarmode=tools", "-jar", jar.toAbsolutePath().toString()),
                        List.of("extract", "--destination", app.toString()), work, work.resolve("service-app-extract.log"),
                        Duration.ofMinutes(5));
                Files.writeString(sumFile, sum);
            }
            if (!Files.isRegularFile(cache) || Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(extracted)) < 0) {
                Path scratch = Files.createTempDirectory(work.toAbsolutePath(), "aot-training-");
                try {
                    double s = JavaProcess.run(List.of(JavaProcess.VECTOR_API, JavaProcess.NATIVE_ACCESS,
                                    "-XX:AOTCacheOutput=" + cache,
                                    "-Dspring.context.exit=onRefresh",
                                    "-jar", extracted.toString()),
                            List.of("--server.port=0", "--nq57.store.dir=" + scratch.resolve("tdb2"),
                                    "--nq57.index.dir=" + scratch.resolve("lucene"),
                                    "--nq57.sources.dir=" + scratch.resolve("no-sources"),
                                    "--nq57.alignment.on-start=false", "--logging.level.root=WARN"),
                            scratch, work.resolve("service-aot-training.log"), Duration.ofMinutes(10));
                    log.accept(String.format("our service's AOT cache made by a training run in %.1f s: %s", s, cache));
                } finally {
                    deleteTree(scratch);
                }
            }
            List<String> args = new ArrayList<>();
            if (Files.isRegularFile(cache)) args.add("-XX:AOTCache=" + cache);
            args.add("-jar");
            args.add(extracted.toString());
            return args;
        } catch (IOException | RuntimeException e) {
            log.accept("our service's AOT cache not made (" + e.getMessage() + "): the plain jar is used");
            return List.of("-jar", jar.toAbsolutePath().toString());
        }
    }

    private static String sha256(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) sha.update(buffer, 0, n);
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
