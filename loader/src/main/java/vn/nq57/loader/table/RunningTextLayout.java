package vn.nq57.loader.table;

import vn.nq57.loader.read.LineSpan;
import vn.nq57.loader.read.SourceText;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout (c): a table extracted from PDF as running text. Nothing separates the columns: cells wrap over several
 * lines, a short row is printed on one line with single spaces between cells, the header reappears after page
 * breaks. Rows are found by their ordinals ("1.", "27." even at the end of a line, Roman section numbers); the
 * cells of a row are rebuilt by {@link RunningCells}.
 */
final class RunningTextLayout {
    private static final Pattern ROW_START = Pattern.compile("^\\s*(\\d{1,3})\\.(?:\\s+(.*))?$");
    private static final Pattern ROW_AT_END = Pattern.compile("^(.*\\S)\\s+(\\d{1,3})\\.\\s*$");
    private static final Pattern SECTION_ROW = Pattern.compile("^\\s*([IVXLC]{1,6})\\.?\\s+(\\p{Lu}.*)$");
    private static final int MAX_HEADER_LINES = 12;

    private RunningTextLayout() {}

    /** A row being collected: its ordinal and its fragments, one list per page. */
    static final class Pending {
        final String ordinal;
        final boolean section;
        final List<List<RunningCells.Fragment>> pages = new ArrayList<>();
        int firstLine;
        int lastLine;

        Pending(String ordinal, boolean section, int line) {
            this.ordinal = ordinal;
            this.section = section;
            this.firstLine = line;
            this.lastLine = line;
            pages.add(new ArrayList<>());
        }

        void add(int line, String text) {
            if (!text.isBlank()) pages.getLast().add(new RunningCells.Fragment(line, text.strip()));
            lastLine = Math.max(lastLine, line);
        }
    }

    static List<Table> read(SourceText text, boolean[] claimed) {
        List<Table> tables = new ArrayList<>();
        int n = 1;
        while (n <= text.lineCount()) {
            String line = text.line(n);
            if (claimed[n] || line.indexOf('\t') >= 0 || line.indexOf('|') >= 0 || !HeaderWords.startsRunningHeader(line)) {
                n++;
                continue;
            }
            n = readTable(text, n, claimed, tables);
        }
        return tables;
    }

    private static boolean startsRow(String line) {
        return ROW_START.matcher(line).matches() || SECTION_ROW.matcher(line).matches();
    }

    private static int readTable(SourceText text, int headerLine, boolean[] claimed, List<Table> tables) {
        StringBuilder headerText = new StringBuilder();
        int n = headerLine;
        for (int taken = 0; n <= text.lineCount() && taken < MAX_HEADER_LINES && !startsRow(text.line(n)); n++) {
            if (text.line(n).isBlank()) continue;
            headerText.append(' ').append(text.line(n).strip());
            taken++;
        }
        String headerKey = Fold.key(headerText.toString());
        List<String> header = HeaderWords.splitRunning(headerText.toString());

        List<Pending> rows = new ArrayList<>();
        Pending current = null;
        int last = n - 1;
        for (; n <= text.lineCount(); n++) {
            String line = text.line(n);
            if (line.isBlank()) continue;
            if (claimed[n] || Fold.key(line).startsWith("phu luc")) break;
            if (HeaderWords.startsRunningHeader(line)) {
                if (!headerKey.startsWith(Fold.key(line))) break;       // a different table begins
                n = skipRepeatedHeader(text, n, headerKey);
                if (current != null) current.pages.add(new ArrayList<>());
                continue;
            }
            Matcher m;
            if ((m = SECTION_ROW.matcher(line)).matches()) {
                current = new Pending(m.group(1), true, n);
                current.add(n, m.group(2));
                rows.add(current);
            } else if ((m = ROW_START.matcher(line)).matches()) {
                current = new Pending(m.group(1), false, n);
                if (m.group(2) != null) current.add(n, m.group(2));
                rows.add(current);
            } else if ((m = ROW_AT_END.matcher(line)).matches() && current != null) {
                current.add(n, m.group(1));
                current = new Pending(m.group(2), false, n);
                rows.add(current);
            } else {
                if (current == null) {                              // text before the first row: keep, unexplained
                    current = new Pending("", false, n);
                    rows.add(current);
                }
                current.add(n, line);
            }
            last = n;
        }
        List<String> context = Context.above(text, headerLine, claimed);
        for (int i = headerLine; i <= last; i++) claimed[i] = true;
        RunningCells cells = new RunningCells(header);
        List<Row> built = new ArrayList<>();
        for (Pending p : rows) {
            for (Pending part : cells.splitUnnumbered(p)) {
                LineSpan span = new LineSpan(part.firstLine, part.lastLine);
                built.add(new Row(cells.cells(part), span, text.text(span)));
            }
        }
        tables.add(new Table(header, built, headerLine, context));
        return last + 1;
    }

    /** Returns the last line of a header repeated after a page break. */
    private static int skipRepeatedHeader(SourceText text, int n, String headerKey) {
        String seen = "";
        int last = n;
        for (int i = n; i <= text.lineCount(); i++) {
            if (text.line(i).isBlank()) continue;
            String next = (seen + " " + Fold.key(text.line(i))).strip();
            if (!headerKey.startsWith(next)) break;
            seen = next;
            last = i;
        }
        return last;
    }
}
