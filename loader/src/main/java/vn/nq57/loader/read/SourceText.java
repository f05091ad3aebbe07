package vn.nq57.loader.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A source document as read, whatever its format: file name, SHA-256 of its bytes, and its text as lines (NFC,
 * without line terminators) on which the table and text steps work, each line with its {@link Origin} in the
 * original file (page and line of a PDF, paragraph or table row of a Word file, line of a text file).
 *
 * @param fileName the file's name as given (its identity, see {@link vn.nq57.ontology.Iris#graph})
 * @param sha256   lower-case hex SHA-256 of the file's bytes
 * @param lines    the text, one entry per line
 * @param format   the format recognised from the bytes
 * @param origins  one origin per line, same size as {@code lines}
 * @param doubts   the words OCR recognised with low confidence, each with the line that holds it (empty for text read
 *                 from a file or a text layer)
 */
public record SourceText(String fileName, String sha256, List<String> lines, DocumentFormat format,
                         List<Origin> origins, List<Doubt> doubts) {
    public SourceText {
        lines = List.copyOf(lines);
        origins = List.copyOf(origins);
        doubts = List.copyOf(doubts);
        if (origins.size() != lines.size())
            throw new IllegalArgumentException(origins.size() + " origins for " + lines.size() + " lines");
        for (Doubt d : doubts)
            if (d.line() < 1 || d.line() > lines.size()) throw new IllegalArgumentException("a doubt on line " + d.line());
    }

    /** A text without OCR doubts. */
    public SourceText(String fileName, String sha256, List<String> lines, DocumentFormat format, List<Origin> origins) {
        this(fileName, sha256, lines, format, origins, List.of());
    }

    /**
     * A word OCR recognised with low confidence, to compare with the image.
     *
     * @param line       the 1-based line that holds it
     * @param word       the word as recognised (as it stands in the line)
     * @param confidence Tesseract's confidence, 0–100
     */
    public record Doubt(int line, String word, int confidence) {}

    /** A plain text document: line {@code n} comes from line {@code n} of the file. */
    public SourceText(String fileName, String sha256, List<String> lines) {
        this(fileName, sha256, lines, DocumentFormat.TEXT, textOrigins(lines.size()));
    }

    private static List<Origin> textOrigins(int n) {
        List<Origin> out = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) out.add(Origin.line(i));
        return out;
    }

    /** Line {@code n}, 1-based. */
    public String line(int n) { return lines.get(n - 1); }

    public int lineCount() { return lines.size(); }

    /** Where line {@code n} (1-based) comes from in the original file. */
    public Origin origin(int n) { return origins.get(n - 1); }

    /** True when any line was recognised by OCR. */
    public boolean hasOcr() { return origins.stream().anyMatch(Origin::ocr); }

    /** Lines {@code span.start()..span.end()} joined with '\n', verbatim. */
    public String text(LineSpan span) { return String.join("\n", lines.subList(span.start() - 1, span.end())); }

    /**
     * Where {@code span} is in the original, in words: "trang 2, dòng 3 – trang 2, dòng 5 (OCR)", "bảng 1, hàng 7";
     * one position when the span's first and last lines come from the same place.
     */
    public String describe(LineSpan span) {
        Origin first = origin(span.start()), last = origin(span.end());
        if (first.equals(last)) return first.describe();
        String a = first.describe().replace(" (OCR)", ""), b = last.describe();
        return a + " – " + b;
    }
}
