package vn.nq57.loader.table;

import vn.nq57.loader.read.LineSpan;
import vn.nq57.loader.read.SourceText;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the raw rows of a cell-separated table (tabs, pipes) and joins page-break continuations: a row whose
 * first cell is empty right after a page break (blank lines, repeated header) continues the cells of the row before.
 * Elsewhere a row with an empty first cell stands alone (a title row such as "Đến năm 2045", an unnumbered row).
 */
final class RowAssembler {
    private static final java.util.regex.Pattern CONTINUED_PARAGRAPH = java.util.regex.Pattern.compile("^<p>");
    private final SourceText text;
    private final int columns;
    private final List<Pending> rows = new ArrayList<>();

    private static final class Pending {
        final List<String> raw;
        final List<Integer> lines = new ArrayList<>();
        final boolean stray;

        Pending(List<String> raw, int line, boolean stray) {
            this.raw = new ArrayList<>(raw);
            this.lines.add(line);
            this.stray = stray;
        }
    }

    RowAssembler(SourceText text, int columns) {
        this.text = text;
        this.columns = columns;
    }

    void add(List<String> rawCells, int line, boolean afterBreak) {
        Pending last = rows.isEmpty() ? null : rows.getLast();
        boolean continuation = afterBreak && last != null && !last.stray
                && CellText.clean(rawCells.getFirst()).isEmpty();
        if (continuation) {
            for (int i = 0; i < rawCells.size(); i++) {
                if (i < last.raw.size()) last.raw.set(i, joinRaw(last.raw.get(i), rawCells.get(i)));
                else last.raw.add(rawCells.get(i));
            }
            last.lines.add(line);
        } else {
            rows.add(new Pending(rawCells, line, false));
        }
    }

    /** A line inside the table region that is no row: kept as a one-cell row for the extractor to report. */
    void addStray(int line) {
        rows.add(new Pending(List.of(text.line(line)), line, true));
    }

    boolean isEmpty() { return rows.isEmpty(); }

    List<Row> build() {
        List<Row> built = new ArrayList<>();
        for (Pending p : rows) {
            List<String> cells = new ArrayList<>();
            for (String raw : p.raw) cells.add(CellText.clean(raw));
            if (!p.stray) fit(cells, columns);
            if (cells.stream().allMatch(String::isEmpty)) continue;
            LineSpan span = new LineSpan(p.lines.getFirst(), p.lines.getLast());
            String verbatim = String.join("\n", p.lines.stream().map(text::line).toList());
            built.add(new Row(cells, span, verbatim));
        }
        return built;
    }

    /**
     * {@code b} without the words it repeats from the end of {@code a} (compared without tone marks and punctuation),
     * "" when it repeats nothing but those, or null when it repeats nothing.
     */
    static String withoutRepeatedStart(String a, String b) {
        String[] aw = words(a), bw = b.strip().split("\\s+"), bk = words(b);
        if (aw.length == 0 || bk.length == 0 || bk.length != bw.length) return null;
        for (int k = Math.min(aw.length, bk.length); k >= 1; k--) {
            boolean same = true;
            for (int i = 0; i < k && same; i++) same = aw[aw.length - k + i].equals(bk[i]);
            // one repeated word is a repetition only when it ends the continuation or is long enough not to be chance
            if (same && (k >= 2 || k == bk.length)) return String.join(" ", java.util.Arrays.copyOfRange(bw, k, bw.length));
        }
        return null;
    }

    private static String[] words(String s) {
        String k = Fold.key(s).replaceAll("[^\\p{L}\\p{N}\\s]", " ").strip();
        return k.isEmpty() ? new String[0] : k.split("\\s+");
    }

    /** Pads short rows; drops surplus empty cells (trailing tabs) so rows have the header's width where possible. */
    static void fit(List<String> cells, int columns) {
        while (cells.size() < columns) cells.add("");
        while (cells.size() > columns && cells.getLast().isEmpty()) cells.removeLast();
    }

    private static String joinRaw(String a, String b) {
        if (b.isBlank()) return a;
        if (a.isBlank()) return b;
        // a converter may repeat the last words of a page at the top of the next ("Văn hóa - Xã hội" | "Xã hội")
        String repeatedFree = withoutRepeatedStart(CellText.clean(a), CellText.clean(b));
        if (repeatedFree != null) return repeatedFree.isEmpty() ? a : a.stripTrailing() + " " + repeatedFree;
        // the continuation's paragraph tag is a page artefact, not a new paragraph
        return a.stripTrailing() + " " + CONTINUED_PARAGRAPH.matcher(b.strip()).replaceFirst("");
    }
}
