package vn.nq57.loader.read;

import com.ibm.icu.text.Normalizer2;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the lines a reader produces, each with its {@link Origin}, normalised to NFC; a piece of text holding
 * line breaks becomes several lines with the same origin. Readers of every format build their {@link SourceText}
 * through it, so the checks of {@link TextChecks} apply to all of them alike.
 */
public final class Lines {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\n|\r|\u2028|\u2029|\u000B");
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private final List<String> lines = new ArrayList<>();
    private final List<Origin> origins = new ArrayList<>();
    private final List<SourceText.Doubt> doubts = new ArrayList<>();

    /** Adds {@code text} (split at line breaks) as coming from {@code origin}. */
    public Lines add(String text, Origin origin) {
        if (!hasBreak(text)) {   // most pieces are one line: no pattern to run
            lines.add(NFC.normalize(text));
            origins.add(origin);
            return this;
        }
        for (String line : LINE_BREAK.split(text, -1)) {
            lines.add(NFC.normalize(line));
            origins.add(origin);
        }
        return this;
    }

    /** Whether {@code text} holds a character {@link #LINE_BREAK} splits at. */
    private static boolean hasBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\n', '\r', '\u2028', '\u2029', '\u000B' -> { return true; }
                default -> { }
            }
        }
        return false;
    }

    /** Adds an empty line (a paragraph or page boundary) with {@code origin}. */
    public Lines blank(Origin origin) {
        lines.add("");
        origins.add(origin);
        return this;
    }

    /**
     * Notes that the line at {@code index} (0-based, as {@link #size()} counted before it was added) holds {@code word},
     * which OCR recognised with {@code confidence} (0–100).
     */
    public Lines doubt(int index, String word, int confidence) {
        doubts.add(new SourceText.Doubt(index + 1, NFC.normalize(word), confidence));
        return this;
    }

    public int size() { return lines.size(); }

    public boolean isBlank() { return lines.stream().allMatch(String::isBlank); }

    /**
     * The finished text, checked by {@link TextChecks}.
     *
     * @throws SourceException naming the file and line when the text is empty or damaged
     */
    public SourceText build(String fileName, String sha256, DocumentFormat format) throws SourceException {
        if (isBlank()) throw new SourceException(fileName, 0, "empty document (no text in it)", "văn bản rỗng (không có chữ nào)");
        TextChecks.check(fileName, lines);
        return new SourceText(fileName, sha256, lines, format, origins, doubts);
    }
}
