package vn.nq57.loader.table;

import vn.nq57.loader.read.SourceText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tab-separated rows with no header row above them: a table continued from a page a scan left out, a Word table
 * whose header row is a picture, a copy that dropped it. Taken only from lines no other layout claimed, as runs of at
 * least {@value #MIN_ROWS} rows of the same width (at least {@value #MIN_CELLS} cells) whose first cell is an ordinal
 * ("5", "IV", "b)") in most rows. The table comes back with blank headings, one per column; what each column holds is
 * for the reader of rows to tell from the cells ({@code rows.ColumnRoles}).
 */
final class HeaderlessLayout {
    private static final int MIN_ROWS = 2;
    private static final int MIN_CELLS = 4;
    /** An ordinal as tables print it: "5", "5.", "12a", "IV", "b)"; anything else a scan may have made of a number. */
    private static final Pattern ORDINAL = Pattern.compile("(?iu)^(?:\\d{1,3}[a-zđ]?\\.?|[IVX]{1,5}\\.?|[a-zđ][.)])$");

    private HeaderlessLayout() {}

    static List<Table> read(SourceText text, boolean[] claimed) {
        List<Table> tables = new ArrayList<>();
        int n = 1;
        while (n <= text.lineCount()) {
            int width = width(text, n, claimed);
            // a run opens at a numbered row: a row of words above it is a header no layout understood, not a row
            if (width < MIN_CELLS || !ordinal(text, n)) { n++; continue; }
            int last = n;
            List<Integer> rows = new ArrayList<>(List.of(n));
            for (int m = n + 1; m <= text.lineCount(); m++) {
                if (text.line(m).isBlank()) continue;
                if (width(text, m, claimed) != width) break;
                rows.add(m);
                last = m;
            }
            if (rows.size() >= MIN_ROWS && mostlyOrdinals(text, rows)) {
                RowAssembler assembler = new RowAssembler(text, width);
                for (int row : rows) assembler.add(cells(text.line(row)), row, false);
                List<String> context = Context.above(text, n, claimed);
                for (int i = n; i <= last; i++) claimed[i] = true;
                tables.add(new Table(Collections.nCopies(width, ""), assembler.build(), n, context));
            }
            n = last + 1;
        }
        return tables;
    }

    /** The number of cells of an unclaimed tab row (trailing empty cells not counted), or 0. */
    private static int width(SourceText text, int n, boolean[] claimed) {
        if (claimed[n]) return 0;
        String line = text.line(n);
        if (line.indexOf('\t') < 0) return 0;
        List<String> cells = cells(line);
        int w = cells.size();
        while (w > 0 && cells.get(w - 1).isBlank()) w--;
        return w;
    }

    private static boolean mostlyOrdinals(SourceText text, List<Integer> rows) {
        int ordinals = 0;
        for (int row : rows) if (ordinal(text, row)) ordinals++;
        return ordinals >= MIN_ROWS && ordinals * 3 >= rows.size() * 2;
    }

    private static boolean ordinal(SourceText text, int n) {
        return ORDINAL.matcher(CellText.clean(cells(text.line(n)).getFirst())).matches();
    }

    private static List<String> cells(String line) {
        return Arrays.asList(line.split("\t", -1));
    }
}
