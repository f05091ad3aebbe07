package vn.nq57.loader.read;

import java.util.List;

/** A source document as read: its file name, content hash and lines (NFC, without line terminators). */
public record SourceText(String fileName, String sha256, List<String> lines) {
    public SourceText {
        lines = List.copyOf(lines);
    }

    /** Line {@code n}, 1-based. */
    public String line(int n) { return lines.get(n - 1); }

    public int lineCount() { return lines.size(); }

    /** Lines {@code span.start()..span.end()} joined with '\n', verbatim. */
    public String text(LineSpan span) { return String.join("\n", lines.subList(span.start() - 1, span.end())); }
}
