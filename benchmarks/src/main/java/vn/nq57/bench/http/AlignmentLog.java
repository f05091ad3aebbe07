package vn.nq57.bench.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the alignment of a first start took, as the service's log says it: any line naming the alignment with a
 * duration ("alignment computed in 812 ms: …", "alignment of 4301 documents finished in 95 s"), in ms or s. Tolerant on
 * purpose: the wording belongs to the service, and a log without such a line gives "not found", never an error.
 */
final class AlignmentLog {
    private static final Pattern LINE = Pattern.compile(
            "(?i)\\balignment\\b[^\\n]*?\\b(?:in|took|after)\\s+(\\d+(?:[.,]\\d+)?)\\s*(ms|s|seconds?)\\b");

    private AlignmentLog() {}

    /** Milliseconds of the last alignment duration the log names, or empty. */
    static OptionalDouble millis(Path log) {
        try {
            return Files.exists(log) ? millis(Files.readString(log, StandardCharsets.UTF_8)) : OptionalDouble.empty();
        } catch (IOException | java.io.UncheckedIOException e) {
            return OptionalDouble.empty();
        }
    }

    static OptionalDouble millis(String log) {
        Matcher m = LINE.matcher(log);
        OptionalDouble found = OptionalDouble.empty();
        while (m.find()) {
            double v = Double.parseDouble(m.group(1).replace(',', '.'));
            found = OptionalDouble.of(m.group(2).equalsIgnoreCase("ms") ? v : v * 1000);
        }
        return found;
    }
}
