package vn.nq57.loader.read;

import vn.nq57.loader.table.TableReader;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of a Word file or web page laid out on its grid, merged cells resolved, and written as lines the table
 * step already reads: one row per line, cells separated by tabs (the tab layout of {@link TableReader}). A cell
 * spanning columns (Word gridSpan, HTML colspan) fills its first column and leaves the others empty, as a group row
 * prints; a cell merged down rows (vMerge, rowspan) repeats its text in each row it covers, since what it says
 * applies to each (a lead unit for three tasks), except in the first column, where an empty cell marks the
 * continuation of the same numbered item. A table whose rows the table step does not recognise (a letterhead, a
 * signature block) is written cell by cell, each paragraph on its own line, as it reads on paper.
 */
public final class TableGrid {
    /** One cell as found: its paragraphs, how many grid columns it spans, and whether it continues a merge above. */
    public record Cell(List<String> paragraphs, int span, boolean mergedFromAbove, int gridColumn) {
        public Cell {
            paragraphs = List.copyOf(paragraphs);
            if (span < 1) span = 1;
        }

        public Cell(List<String> paragraphs, int span, boolean mergedFromAbove) {
            this(paragraphs, span, mergedFromAbove, -1);
        }

        /**
         * The cell on one line of a tab row: paragraphs joined by spaces; a line break inside a paragraph (Word's
         * {@code <w:br/>}, a web page's {@code <br>}) written {@code <br>}, which the table step reads as the line
         * break it is (one unit, one result per line).
         */
        String text() {
            return String.join(" ", paragraphs.stream().map(Cell::withBreaks).filter(s -> !s.isEmpty()).toList());
        }

        private static String withBreaks(String paragraph) {
            return String.join("<br>", java.util.Arrays.stream(LINE_BREAK.split(paragraph)).map(TableGrid::oneLine)
                    .filter(s -> !s.isEmpty()).toList());
        }
    }

    /** A line break inside a cell's paragraph. */
    private static final java.util.regex.Pattern LINE_BREAK = java.util.regex.Pattern.compile("[\\r\\n\\u000B\\u2028]+");

    private final List<List<Cell>> rows = new ArrayList<>();

    /** Adds the next row, its cells left to right. */
    public void addRow(List<Cell> cells) { rows.add(List.copyOf(cells)); }

    /**
     * Writes the table into {@code out}.
     *
     * @param table the table's number in the document, for the lines' origins
     */
    public void writeTo(Lines out, int table) {
        writeTo(out, (row, cell) -> Origin.tableRow(table, row, cell));
    }

    /**
     * Writes the table into {@code out}, the origin of each line given by {@code origin} from its row (1-based) and
     * cell (1-based grid column, 0 for a whole row).
     */
    public void writeTo(Lines out, java.util.function.BiFunction<Integer, Integer, Origin> origin) {
        List<String> tabRows = tabRows();
        if (isDataTable(tabRows)) {
            for (int r = 0; r < tabRows.size(); r++) out.add(tabRows.get(r), origin.apply(r + 1, 0));
        } else {
            for (int r = 0; r < rows.size(); r++) {
                int column = 0;
                for (Cell c : rows.get(r)) {
                    column++;
                    if (c.mergedFromAbove()) continue;
                    for (String p : c.paragraphs()) {
                        for (String piece : p.split("[\\r\\n\\u000B\\u2028]")) {     // a line break in a cell prints as a new line
                            String line = oneLine(piece);
                            if (!line.isEmpty()) out.add(line, origin.apply(r + 1, column));
                        }
                    }
                }
            }
        }
        out.blank(origin.apply(Math.max(rows.size(), 1), 0));
    }

    /** Each row as one tab-separated line on the table's grid. */
    List<String> tabRows() {
        int width = rows.stream().mapToInt(r -> r.stream().mapToInt(Cell::span).sum()).max().orElse(0);
        List<String> out = new ArrayList<>();
        String[] above = new String[width];
        java.util.Arrays.fill(above, "");
        for (List<Cell> row : rows) {
            String[] line = new String[width];
            java.util.Arrays.fill(line, "");
            int col = 0;
            for (Cell c : row) {
                if (c.gridColumn() >= 0) col = Math.max(col, c.gridColumn());
                if (col >= width) break;
                line[col] = !c.mergedFromAbove() ? c.text() : col == 0 ? "" : above[col];
                col += c.span();
            }
            above = line;
            out.add(String.join("\t", line));
        }
        return out;
    }

    /** True when the table step finds a table in these rows, i.e. the first rows hold a known header. */
    private static boolean isDataTable(List<String> tabRows) {
        if (tabRows.size() < 2 || tabRows.getFirst().indexOf('\t') < 0) return false;
        return !TableReader.read(new SourceText("table", "", tabRows)).isEmpty();
    }

    /** A cell paragraph on one line: tabs and line breaks become spaces, runs of spaces one. */
    static String oneLine(String s) {
        return s.replaceAll("[\\t\\r\\n\\u000B\\u2028\\u2029\\u00A0 ]+", " ").strip();
    }
}
