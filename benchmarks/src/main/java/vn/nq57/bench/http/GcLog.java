package vn.nq57.bench.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JVM's unified GC log ({@code -Xlog:gc}) says about its heap: the most it held after any collection (the
 * live data at its peak, the honest "heap needed") and the most it held before one (what it grew to). Reads lines like
 * {@code [12.3s] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 512M->128M(2048M) 3.2ms}; a JVM that never
 * collected has no value (-1).
 *
 * @param maxAfterGc  bytes in use after a collection, the largest seen; -1 when no collection is logged
 * @param maxBeforeGc bytes in use before a collection, the largest seen; -1 when none
 * @param collections collections logged
 */
record GcLog(long maxAfterGc, long maxBeforeGc, int collections) {
    private static final Pattern PAUSE = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\(\\d+[KMG]\\)");

    static GcLog read(Path file) {
        try {
            return parse(Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "");
        } catch (IOException e) {
            return new GcLog(-1, -1, 0);
        }
    }

    static GcLog parse(String log) {
        long after = -1, before = -1;
        int n = 0;
        Matcher m = PAUSE.matcher(log);
        while (m.find()) {
            before = Math.max(before, bytes(m.group(1), m.group(2)));
            after = Math.max(after, bytes(m.group(3), m.group(4)));
            n++;
        }
        return new GcLog(after, before, n);
    }

    private static long bytes(String number, String unit) {
        long v = Long.parseLong(number);
        return switch (unit) {
            case "K" -> v << 10;
            case "M" -> v << 20;
            default -> v << 30;
        };
    }
}
