package vn.nq57.loader.table;

import vn.nq57.loader.read.SourceText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Layout (b): Markdown pipe tables. A page break closes the table and the next page opens a new pipe table with
 * the same header (possibly in {@code <b>}); such tables are read as one, with page-break continuation rows joined.
 * A table typed by hand without the separator line, or without outer pipes ("TT | Chỉ tiêu | Đơn vị tính"), is one
 * too when its first line reads as a header and the next line has as many pipes: a "|" in prose has neither.
 */
final class PipeLayout {
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{2,}.*");

    private PipeLayout() {}

    static List<Table> read(SourceText text, boolean[] claimed) {
        List<Table> tables = new ArrayList<>();
        int n = 1;
        while (n <= text.lineCount()) {
            List<String> header = headerAt(text, n);
            if (header == null || claimed[n]) { n++; continue; }
            n = readTable(text, n, header, claimed, tables);
        }
        return tables;
    }

    private static boolean isPipe(String line) {
        return line.stripLeading().startsWith("|");
    }

    /** Cells of a line; outer pipes are borders only in a table whose header has them. */
    private static List<String> cells(String line, boolean outer) {
        return outer ? cells(line) : Arrays.asList(line.strip().split("\\|", -1));
    }

    private static int pipes(String line) {
        return (int) line.chars().filter(c -> c == '|').count();
    }

    /** A row of a table without a separator line: as many pipes as its header, give or take a border. */
    private static boolean bareRow(String line, int headerPipes) {
        int p = pipes(line);
        return p >= 2 && Math.abs(p - headerPipes) <= 1 && !SEPARATOR.matcher(line).matches();
    }

    static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) s = s.substring(1);
        if (s.endsWith("|")) s = s.substring(0, s.length() - 1);
        return Arrays.asList(s.split("\\|", -1));
    }

    private static List<String> headerAt(SourceText text, int n) {
        if (n + 1 > text.lineCount()) return null;
        String line = text.line(n);
        boolean separated = isPipe(line) && SEPARATOR.matcher(text.line(n + 1)).matches();
        if (!separated && !(pipes(line) >= 2 && bareRow(text.line(n + 1), pipes(line)))) return null;
        List<String> cleaned = cells(line, isPipe(line)).stream().map(CellText::clean).toList();
        return HeaderWords.isHeader(cleaned) ? cleaned : null;
    }

    private static int readTable(SourceText text, int headerLine, List<String> header, boolean[] claimed,
                                 List<Table> tables) {
        RowAssembler rows = new RowAssembler(text, header.size());
        String headerKey = Fold.key(String.join(" ", header));
        boolean afterBreak = false;
        boolean outer = isPipe(text.line(headerLine));
        boolean separated = SEPARATOR.matcher(text.line(headerLine + 1)).matches();
        int headerPipes = pipes(text.line(headerLine));
        int last = separated ? headerLine + 1 : headerLine;
        int n = last + 1;
        for (; n <= text.lineCount(); n++) {
            String line = text.line(n);
            if (line.isBlank()) {
                int next = TabLayout.nextNonBlank(text, n);
                List<String> h = next > 0 ? headerAt(text, next) : null;
                if (h == null || !Fold.key(String.join(" ", h)).equals(headerKey)) break;
                afterBreak = true;
                n = SEPARATOR.matcher(text.line(next + 1)).matches() ? next + 1 : next;  // skip the repeated header
                last = n;
                continue;
            }
            if (separated ? !isPipe(line) : !bareRow(line, headerPipes)) break;
            if (SEPARATOR.matcher(line).matches()) continue;
            rows.add(cells(line, outer), n, afterBreak);
            afterBreak = false;
            last = n;
        }
        List<String> context = Context.above(text, headerLine, claimed);
        for (int i = headerLine; i <= last; i++) claimed[i] = true;
        tables.add(new Table(header, rows.build(), headerLine, context));
        return last + 1;
    }
}
