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

    /** Pads short rows; drops surplus empty cells (trailing tabs) so rows have the header's width where possible. */
    static void fit(List<String> cells, int columns) {
        while (cells.size() < columns) cells.add("");
        while (cells.size() > columns && cells.getLast().isEmpty()) cells.removeLast();
    }

    private static String joinRaw(String a, String b) {
        if (b.isBlank()) return a;
        if (a.isBlank()) return b;
        // the continuation's paragraph tag is a page artefact, not a new paragraph
        return a.stripTrailing() + " " + CONTINUED_PARAGRAPH.matcher(b.strip()).replaceFirst("");
    }
}
