package vn.nq57.bench.http;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import vn.nq57.bench.peer.JavaProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A JDK Flight Recorder recording of a running JVM (started and stopped with {@code jcmd JFR.start / JFR.stop}, the
 * {@code profile} settings: execution samples every 10 ms), and a short Markdown summary of where its CPU samples
 * ({@code jdk.ExecutionSample}) fell: by top frame (self time), by the package of the top frame, and by our own
 * ({@code vn.nq57}) methods anywhere on the stack (inclusive time, each method once per sample).
 */
final class SearchProfile {
    private static final int TOP = 15;
    /** The project's own code: the inclusive table lists only its methods (the framework's frames are on every stack). */
    private static final String OURS = "vn.nq57.";

    private SearchProfile() {}

    /**
     * Starts a recording named {@code name} in {@code process}, written to {@code file} when {@link #stop} is called.
     *
     * @throws IllegalStateException jcmd is missing or refused
     */
    static void start(JavaProcess process, String name, Path file) {
        jcmd(process, "JFR.start", "name=" + name, "settings=profile", "filename=" + file.toAbsolutePath());
    }

    /** Stops the recording {@code name}, which writes its file. */
    static void stop(JavaProcess process, String name) {
        jcmd(process, "JFR.stop", "name=" + name);
    }

    private static void jcmd(JavaProcess process, String... command) {
        Path jcmd = JavaProcess.java().resolveSibling("jcmd");
        if (!Files.isExecutable(jcmd)) throw new IllegalStateException("no jcmd beside " + JavaProcess.java());
        List<String> cmd = new java.util.ArrayList<>(List.of(jcmd.toString(), Long.toString(process.pid())));
        cmd.addAll(List.of(command));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The summary of a recording's execution samples, in Markdown.
     *
     * @param title what was recorded, e.g. "ours, search (facets), cache off"
     * @throws UncheckedIOException the file cannot be read as a recording
     */
    static String summary(Path recording, String title) {
        Map<String, Integer> self = new HashMap<>(), packages = new HashMap<>(), inclusive = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent e = file.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample")) continue;
                RecordedStackTrace stack = e.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) continue;
                samples++;
                List<RecordedFrame> frames = stack.getFrames();
                RecordedMethod top = frames.getFirst().getMethod();
                self.merge(name(top), 1, Integer::sum);
                packages.merge(packageOf(top), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame f : frames) {
                    if (f.getMethod() == null) continue;
                    String method = name(f.getMethod());
                    if (method.startsWith(OURS) && seen.add(method)) inclusive.merge(method, 1, Integer::sum);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read recording " + recording, e);
        }
        StringBuilder b = new StringBuilder();
        b.append("#### Profile: ").append(title).append("\n\n");
        b.append(String.format(Locale.ROOT, "JFR `jdk.ExecutionSample` (settings=profile, every 10 ms per running thread), "
                + "%d samples, recording `%s`.%n%n", samples, recording.getFileName()));
        table(b, "top frame (self)", self, samples);
        table(b, "package of the top frame", packages, samples);
        table(b, "our method anywhere on the stack (inclusive)", inclusive, samples);
        return b.toString();
    }

    private static void table(StringBuilder b, String what, Map<String, Integer> counts, int samples) {
        b.append("| ").append(what).append(" | samples | share |\n|---|---:|---:|\n");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
                .forEach(en -> b.append(String.format(Locale.ROOT, "| `%s` | %d | %.1f %% |%n", en.getKey(), en.getValue(),
                        samples == 0 ? 0 : 100.0 * en.getValue() / samples)));
        b.append('\n');
    }

    private static String name(RecordedMethod m) {
        if (m == null) return "(unknown)";
        return type(m) + "." + m.getName();
    }

    /** The class name, a lambda's or hidden class's address suffix dropped so its samples add up across runs. */
    private static String type(RecordedMethod m) {
        return m.getType().getName().replaceAll("[./]0x[0-9a-fA-F]+", "");
    }

    private static String packageOf(RecordedMethod m) {
        if (m == null) return "(unknown)";
        String type = type(m);
        int dot = type.lastIndexOf('.');
        return dot < 0 ? "(default)" : type.substring(0, dot);
    }
}
