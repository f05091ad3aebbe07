package vn.nq57.bench.peer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM of its own for one side of a benchmark (our service, the peer, a peer tool), so each side has its own heap
 * and classpath, and a cold start is a real one. Uses the JDK this harness runs on; output goes to a log file.
 */
public final class JavaProcess implements AutoCloseable {
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    /**
     * The JVM option that lets Lucene use the Java Vector API (its postings decoding and {@code VectorUtil}; without
     * it Lucene logs that the module is not readable and runs its scalar code). Given to every JVM that runs Lucene,
     * ours and the peer's alike, as {@code ./nq57 serve} gives it to the service.
     */
    public static final String VECTOR_API = "--add-modules=jdk.incubator.vector";

    /**
     * The JVM option that lets Lucene call the operating system (its {@code PosixNativeAccess}: {@code madvise} on
     * memory-mapped index files); without it the JVM prints four "restricted method" warnings and Lucene does without.
     * Given to the same JVMs as {@link #VECTOR_API}.
     */
    public static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

    private final Process process;
    private final Path log;
    private final long startedNanos;

    private JavaProcess(Process process, Path log, long startedNanos) {
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    /** The {@code java} of the running JVM, so children use the same JDK (never the machine's default 17). */
    public static Path java() {
        return Path.of(ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    }

    public static JavaProcess start(List<String> jvmArgs, List<String> args, Path workDir, Path log) {
        List<String> command = new ArrayList<>();
        command.add(java().toString());
        command.addAll(jvmArgs);
        command.addAll(args);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new JavaProcess(p, log, t0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
    }

    /** Runs a tool to completion (bounded by {@code timeout}); returns its wall time in seconds. */
    public static double run(List<String> jvmArgs, List<String> args, Path workDir, Path log, Duration timeout) {
        try (JavaProcess p = start(jvmArgs, args, workDir, log)) {
            if (!p.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("timed out after " + timeout + ": " + args + " (log " + log + ")");
            }
            if (p.process.exitValue() != 0) {
                throw new IllegalStateException("exit " + p.process.exitValue() + ": " + args + "; log " + log + ":\n" + p.tail());
            }
            return p.seconds();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Seconds since start. */
    public double seconds() {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** Polls {@code url} until it answers 2xx; returns seconds from process start to that answer. */
    public double awaitReady(URI url, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("exited " + process.exitValue() + "; log " + log + ":\n" + tail());
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() / 100 == 2) return seconds();
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(100);
        }
        throw new IllegalStateException("not ready after " + timeout + ": " + url + "; log " + log + ":\n" + tail());
    }

    /**
     * Heap in use after a full collection, read with the JDK's jcmd ({@code GC.run}, then {@code GC.heap_info}).
     * Returns -1 when jcmd is not there.
     */
    public long heapUsedAfterGc() {
        Path jcmd = java().resolveSibling("jcmd");
        if (!Files.isExecutable(jcmd)) return -1;
        try {
            String pid = Long.toString(process.pid());
            new ProcessBuilder(jcmd.toString(), pid, "GC.run").redirectErrorStream(true).start().waitFor(60, TimeUnit.SECONDS);
            Process info = new ProcessBuilder(jcmd.toString(), pid, "GC.heap_info").redirectErrorStream(true).start();
            String text = new String(info.getInputStream().readAllBytes());
            info.waitFor(30, TimeUnit.SECONDS);
            Matcher m = USED.matcher(text);
            return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Ports the servers may take ({@code [from, to]}, inclusive), or null for any free port the system gives. */
    private static volatile int[] portRange;

    /**
     * Restricts {@link #freePort()} to {@code from..to} (inclusive), e.g. a range a shared machine gave this run;
     * {@code null} lifts the restriction.
     *
     * @throws IllegalArgumentException the range is empty or outside 1..65535
     */
    public static void usePorts(int[] range) {
        if (range != null && (range.length != 2 || range[0] < 1 || range[1] > 65535 || range[0] > range[1])) {
            throw new IllegalArgumentException("port range must be FROM-TO within 1-65535, got " + java.util.Arrays.toString(range));
        }
        portRange = range;
    }

    /**
     * A free port on the loopback interface: any the system gives, or the first free one of the range set by
     * {@link #usePorts(int[])} (starting after the last one handed out, so a server still shutting down is not hit).
     *
     * @throws IllegalStateException every port of the range is taken
     */
    public static int freePort() {
        int[] range = portRange;
        if (range == null) return bind(0);
        int size = range[1] - range[0] + 1;
        for (int i = 0; i < size; i++) {
            int port = range[0] + Math.floorMod(NEXT_PORT.getAndIncrement(), size);
            try {
                return bind(port);
            } catch (UncheckedIOException taken) {
                // try the next one
            }
        }
        throw new IllegalStateException("no free port in " + range[0] + "-" + range[1]);
    }

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_PORT = new java.util.concurrent.atomic.AtomicInteger();

    private static int bind(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The process id, e.g. for jcmd. */
    public long pid() {
        return process.pid();
    }

    /**
     * The CPU time the process has used so far, over all its threads (user and system, as the OS accounts it: on Linux
     * in clock ticks of 10 ms), or zero when the OS does not say.
     */
    public Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Whether the process still runs. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** The log file its output goes to. */
    public Path log() {
        return log;
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
