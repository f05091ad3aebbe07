package vn.nq57.loader.table;

import vn.nq57.loader.read.LineSpan;
import vn.nq57.loader.read.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Layout (d): one cell per line, each line tab-indented, rows separated by blank lines. A row opens with an
 * ordinal cell ("1.", "I") after a blank line; a line without the tab right after a cell continues that cell.
 */
final class CellPerLineLayout {
    private static final Pattern ORDINAL_CELL = Pattern.compile("^(?:\\d{1,3}\\.?|[IVXLC]{1,6}\\.?)$");

    private CellPerLineLayout() {}

    static List<Table> read(SourceText text, boolean[] claimed) {
        List<Table> tables = new ArrayList<>();
        int n = 1;
        while (n <= text.lineCount()) {
            int width = headerWidthAt(text, n, claimed);
            if (width == 0) { n++; continue; }
            n = readTable(text, n, width, claimed, tables);
        }
        return tables;
    }

    private static boolean isCellLine(String line) {
        return line.startsWith("\t") && line.indexOf('\t', 1) < 0;
    }

    /** Number of consecutive one-cell lines from {@code n} that form a header, or 0. */
    private static int headerWidthAt(SourceText text, int n, boolean[] claimed) {
        List<String> cells = new ArrayList<>();
        for (int i = n; i <= text.lineCount() && isCellLine(text.line(i)) && !claimed[i]; i++)
            cells.add(CellText.clean(text.line(i)));
        return cells.size() >= 3 && HeaderWords.isHeader(cells) ? cells.size() : 0;
    }

    private static int readTable(SourceText text, int headerLine, int width, boolean[] claimed, List<Table> tables) {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < width; i++) header.add(CellText.clean(text.line(headerLine + i)));
        List<Row> rows = new ArrayList<>();
        List<StringBuilder> cells = new ArrayList<>();
        int rowStart = -1, rowEnd = -1, last = headerLine + width - 1;
        boolean blankBefore = true, previousWasCell = false;
        int n = headerLine + width;
        for (; n <= text.lineCount(); n++) {
            String line = text.line(n);
            if (!isCellLine(line) && line.isBlank()) { blankBefore = true; previousWasCell = false; continue; }
            if (isCellLine(line)) {
                String value = line.substring(1);
                // after a blank line, an ordinal or an empty ordinal cell (an unnumbered row) opens a row
                boolean opens = value.isBlank() || ORDINAL_CELL.matcher(value.strip()).matches();
                if (blankBefore && opens && !cells.isEmpty()) {
                    rows.add(row(text, cells, rowStart, rowEnd, width));
                    cells = new ArrayList<>();
                }
                if (cells.isEmpty()) rowStart = n;
                cells.add(new StringBuilder(value));
                rowEnd = last = n;
                blankBefore = false;
                previousWasCell = true;
                continue;
            }
            if (previousWasCell && !cells.isEmpty()) {   // wrapped text of the cell above
                cells.getLast().append('\n').append(line);
                rowEnd = last = n;
                continue;
            }
            break;
        }
        if (!cells.isEmpty()) rows.add(row(text, cells, rowStart, rowEnd, width));
        List<String> context = Context.above(text, headerLine, claimed);
        for (int i = headerLine; i <= last; i++) claimed[i] = true;
        tables.add(new Table(header, rows, headerLine, context));
        return last + 1;
    }

    private static Row row(SourceText text, List<StringBuilder> raw, int start, int end, int width) {
        List<String> cells = new ArrayList<>();
        for (StringBuilder cell : raw) cells.add(CellText.clean(cell.toString()));
        RowAssembler.fit(cells, width);
        LineSpan span = new LineSpan(start, end);
        return new Row(cells, span, text.text(span));
    }
}
