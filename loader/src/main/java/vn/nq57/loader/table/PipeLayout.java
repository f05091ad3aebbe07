package vn.nq57.loader.table;

import vn.nq57.loader.read.SourceText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Layout (b): Markdown pipe tables. A page break closes the table and the next page opens a new pipe table with
 * the same header (possibly in {@code <b>}); such tables are read as one, with page-break continuation rows joined.
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

    static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) s = s.substring(1);
        if (s.endsWith("|")) s = s.substring(0, s.length() - 1);
        return Arrays.asList(s.split("\\|", -1));
    }

    private static List<String> headerAt(SourceText text, int n) {
        if (!isPipe(text.line(n)) || n + 1 > text.lineCount() || !SEPARATOR.matcher(text.line(n + 1)).matches()) return null;
        List<String> cleaned = cells(text.line(n)).stream().map(CellText::clean).toList();
        return HeaderWords.isHeader(cleaned) ? cleaned : null;
    }

    private static int readTable(SourceText text, int headerLine, List<String> header, boolean[] claimed,
                                 List<Table> tables) {
        RowAssembler rows = new RowAssembler(text, header.size());
        String headerKey = Fold.key(String.join(" ", header));
        boolean afterBreak = false;
        int last = headerLine + 1;
        int n = headerLine + 2;
        for (; n <= text.lineCount(); n++) {
            String line = text.line(n);
            if (line.isBlank()) {
                int next = TabLayout.nextNonBlank(text, n);
                List<String> h = next > 0 ? headerAt(text, next) : null;
                if (h == null || !Fold.key(String.join(" ", h)).equals(headerKey)) break;
                afterBreak = true;
                n = next + 1;                               // skip the repeated header and its separator
                last = n;
                continue;
            }
            if (!isPipe(line)) break;
            if (SEPARATOR.matcher(line).matches()) continue;
            rows.add(cells(line), n, afterBreak);
            afterBreak = false;
            last = n;
        }
        List<String> context = Context.above(text, headerLine, claimed);
        for (int i = headerLine; i <= last; i++) claimed[i] = true;
        tables.add(new Table(header, rows.build(), headerLine, context));
        return last + 1;
    }
}
