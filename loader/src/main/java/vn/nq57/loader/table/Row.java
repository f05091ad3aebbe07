package vn.nq57.loader.table;

import vn.nq57.loader.read.LineSpan;

import java.util.List;

/**
 * One table row: cell values (markup removed, lines inside a cell separated by '\n', footnote marks removed),
 * the source lines it came from and those lines verbatim. A row with a single cell in a wider table is a line
 * inside the table region that fits no column.
 */
public record Row(List<String> cells, LineSpan span, String verbatim) {
    public Row {
        cells = List.copyOf(cells);
    }

    /** Cell {@code i}, or "" when the row is shorter. */
    public String cell(int i) { return i >= 0 && i < cells.size() ? cells.get(i) : ""; }
}
