package vn.nq57.loader.rows;

import vn.nq57.loader.read.SourceText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a table's numbered rows run without a gap. A scan that lost a page, a copy cut off at its top or a row the
 * reader merged into its neighbour leaves the numbers 1, 2, 3, 7, 8 or a table that starts at 5; the rows read are
 * right, but the auditor must know some are missing. Only rows numbered by a whole number count (1, 2, 3; not 1.1 or
 * a); a row numbered 1 starts a new run (each group of a table, or each table, may count from 1 again); a number
 * continuing the previous group's (6 after 5 under a new heading) is no gap. Rows the reader did not understand keep
 * their number in the run (they are reported already, as not understood). Only table rows: the numbered paragraphs of
 * a prose plan mix tasks with headings such as "3. Kinh phí".
 */
public final class NumberingGaps {
    /** A row's whole-number ordinal: "5", "5.", "(5)". */
    private static final Pattern WHOLE = Pattern.compile("^\\(?(\\d{1,3})[.)]?$");
    /** The first cell of a row not understood, when it is a whole number. */
    private static final Pattern LEADING = Pattern.compile("^\\s*\\(?(\\d{1,3})[.)]?(?:\\t|\\s*\\|)");

    private record Numbered(int number, int line) {}

    private NumberingGaps() {}

    /**
     * The gaps of {@code rows}' numbering, each as a sentence of the report's checks: "rows 1–4 of a table are missing:
     * its numbering starts at 5 (line 12)", "row 4 of a table is missing: 5 (line 30) follows 3 (line 24)".
     *
     * @param rows   the rows extracted from {@code source}
     * @param source the text they were read from (a row counts when its line is a table's: cells apart by tabs or "|")
     * @return the checks, in the order of the text; empty when every run is whole
     */
    public static List<String> of(ExtractedRows rows, SourceText source) {
        List<Numbered> numbered = new ArrayList<>();
        for (TaskRow t : rows.tasks()) add(t.ordinal(), t.span().start(), source, numbered);
        for (IndicatorRow r : rows.indicators()) add(r.ordinal(), r.span().start(), source, numbered);
        for (Unparsed u : rows.unparsed()) {
            Matcher m = LEADING.matcher(u.text() == null ? "" : u.text());
            if (m.find()) numbered.add(new Numbered(Integer.parseInt(m.group(1)), u.line()));
        }
        numbered.sort(Comparator.comparingInt(Numbered::line));
        List<String> checks = new ArrayList<>();
        Numbered previous = null;
        for (Numbered n : numbered) {
            if (previous == null && n.number() > 1) {
                checks.add(missing(1, n.number() - 1) + ": its numbering starts at " + n.number() + " (line "
                        + n.line() + ")");
            } else if (previous != null && n.number() > previous.number() + 1) {
                checks.add(missing(previous.number() + 1, n.number() - 1) + ": " + n.number() + " (line " + n.line()
                        + ") follows " + previous.number() + " (line " + previous.line() + ")");
            }
            previous = n;
        }
        return checks;
    }

    private static void add(String ordinal, int line, SourceText source, List<Numbered> into) {
        if (ordinal == null || line < 1 || line > source.lineCount()) return;
        Matcher m = WHOLE.matcher(ordinal.strip());
        String text = source.line(line);
        if (m.matches() && (text.indexOf('\t') >= 0 || text.indexOf('|') >= 0))
            into.add(new Numbered(Integer.parseInt(m.group(1)), line));
    }

    /** "row 3 of a table is missing", "rows 1–4 of a table are missing". */
    private static String missing(int from, int to) {
        return from == to ? "row " + from + " of a table is missing" : "rows " + from + "–" + to + " of a table are missing";
    }
}
