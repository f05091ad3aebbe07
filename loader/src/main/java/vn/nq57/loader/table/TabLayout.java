package vn.nq57.loader.table;

import vn.nq57.loader.read.SourceText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Layout (a): one row per line, cells separated by tabs, the header row repeated after each page break and
 * rows broken at page ends continued by a row with an empty first cell. Footnote definitions printed at the page
 * foot ("¹ Nhiệm vụ đã hoàn thành.") sit between the pages and are not rows.
 */
final class TabLayout {
    static final Pattern FOOTNOTE_LINE = Pattern.compile("^\\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\\^\\d+|\\[\\d+])\\s*\\S.*");

    private TabLayout() {}

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

    private static List<String> cells(String line) {
        return Arrays.asList(line.split("\t", -1));
    }

    private static boolean isTabRow(String line) {
        return line.indexOf('\t') >= 0 && !line.startsWith("\t") || line.chars().filter(c -> c == '\t').count() >= 2;
    }

    private static List<String> headerAt(SourceText text, int n) {
        String line = text.line(n);
        if (!isTabRow(line)) return null;
        List<String> cleaned = cells(line).stream().map(CellText::clean).toList();
        while (cleaned.size() > 1 && cleaned.getLast().isEmpty()) cleaned = cleaned.subList(0, cleaned.size() - 1);
        return HeaderWords.isHeader(cleaned) ? cleaned : null;
    }

    private static int readTable(SourceText text, int headerLine, List<String> header, boolean[] claimed,
                                 List<Table> tables) {
        RowAssembler rows = new RowAssembler(text, header.size());
        String headerKey = Fold.key(String.join(" ", header));
        boolean afterBreak = false;
        int n = headerLine + 1;
        int last = headerLine;
        for (; n <= text.lineCount(); n++) {
            String line = text.line(n);
            if (line.isBlank()) { afterBreak = true; continue; }
            if (isTabRow(line)) {
                List<String> h = headerAt(text, n);
                if (h != null && Fold.key(String.join(" ", h)).equals(headerKey)) { afterBreak = true; last = n; continue; }
                if (h != null) break;                       // another table starts
                rows.add(cells(line), n, afterBreak);
                afterBreak = false;
                last = n;
                continue;
            }
            if (FOOTNOTE_LINE.matcher(line).matches()) { afterBreak = true; continue; }
            int next = nextNonBlank(text, n + 1);
            if (next > 0 && isTabRow(text.line(next))) {   // a stray line between rows of this table
                rows.addStray(n);
                last = n;
                continue;
            }
            break;
        }
        List<String> context = Context.above(text, headerLine, claimed);
        for (int i = headerLine; i <= last; i++) claimed[i] = true;
        tables.add(new Table(header, rows.build(), headerLine, context));
        return last + 1;
    }

    static int nextNonBlank(SourceText text, int from) {
        for (int n = from; n <= text.lineCount(); n++) if (!text.line(n).isBlank()) return n;
        return -1;
    }
}
