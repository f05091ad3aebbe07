package vn.nq57.loader.read.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a page's positioned lines (from a PDF's text layer or from OCR word boxes) into reading order as text lines. A letterhead printed in two columns (issuer and
 * number on the left, the national motto and place/date on the right) is read column by column, left first; a run
 * of lines with three or more column segments is a table, written as tab-separated rows on the columns of its first
 * row, where a line whose first column is empty continues the row above (the tab layout of the table step).
 */
public final class ReadingOrder {
    /** Column starts closer than this (PDF units) are the same column. */
    private static final float COLUMN_TOLERANCE = 12f;
    /** A line alone in the right column starts past this share of the half width (centred under the motto). */
    private static final float RIGHT_START = 0.7f;

    private ReadingOrder() {}

    /**
     * @param lines     the page's lines top to bottom
     * @param pageWidth the page's width in the lines' units
     * @return text lines in reading order; table rows hold tabs between cells
     */
    public static List<String> lines(List<PositionedLine> lines, float pageWidth) {
        List<String> out = new ArrayList<>();
        float mid = pageWidth / 2;
        int i = 0;
        while (i < lines.size()) {
            int end = columnBlockEnd(lines, i, mid);
            if (end > i) {
                float boundary = mid;
                for (int k = i; k < end; k++)
                    if (split(lines.get(k), mid)) boundary = Math.min(boundary, lines.get(k).segments().get(1).start());
                List<String> right = new ArrayList<>();
                for (int k = i; k < end; k++) {
                    for (PositionedLine.Segment s : lines.get(k).segments())
                        (s.start() >= boundary - COLUMN_TOLERANCE || s.start() > mid * RIGHT_START ? right : out).add(s.text());
                }
                out.addAll(right);
                i = end;
                continue;
            }
            if (lines.get(i).segments().size() >= 3) {
                i = table(lines, i, mid, out);
                continue;
            }
            out.add(lines.get(i).text());
            i++;
        }
        return out;
    }

    /** Two segments, the first ending left of the middle and the second reaching into the right half. */
    private static boolean split(PositionedLine l, float mid) {
        return l.segments().size() == 2 && l.segments().get(0).end() < mid && l.segments().get(1).end() > mid;
    }

    private static boolean rightOnly(PositionedLine l, float mid) {
        return l.segments().size() == 1 && l.start() >= mid * RIGHT_START;
    }

    private static boolean leftOnly(PositionedLine l, float mid) {
        return l.segments().size() == 1 && l.end() < mid;
    }

    /** End (exclusive) of a two-column block starting at {@code i}, or {@code i} when none starts there. */
    private static int columnBlockEnd(List<PositionedLine> lines, int i, float mid) {
        int lastSplit = -1, k = i;
        for (; k < lines.size(); k++) {
            PositionedLine l = lines.get(k);
            if (split(l, mid)) lastSplit = k;
            else if (!rightOnly(l, mid) && !leftOnly(l, mid)) break;
            else if (lastSplit < 0 && !rightOnly(l, mid)) break;         // a block opens with a split or a right-only line
        }
        if (lastSplit < 0) return i;
        int end = lastSplit + 1;
        while (end < k && rightOnly(lines.get(end), mid)) end++;     // place and date alone on the right
        return end;
    }

    /** Writes the table starting at {@code i} as tab rows; returns the index after it. */
    private static int table(List<PositionedLine> lines, int i, float mid, List<String> out) {
        List<Float> columns = new ArrayList<>();
        for (PositionedLine.Segment s : lines.get(i).segments()) columns.add(s.start());
        int k = i;
        for (; k < lines.size(); k++) {
            PositionedLine l = lines.get(k);
            // Text running across the first column boundary is no row: the table has ended.
            if (k > i && l.segments().size() == 1 && l.start() <= columns.getFirst() + COLUMN_TOLERANCE
                    && l.end() > columns.get(1) + COLUMN_TOLERANCE) break;
            String[] cells = new String[columns.size()];
            java.util.Arrays.fill(cells, "");
            for (PositionedLine.Segment s : l.segments()) {
                int c = column(columns, s.start());
                cells[c] = cells[c].isEmpty() ? s.text() : cells[c] + " " + s.text();
            }
            out.add(String.join("\t", cells));
        }
        return k;
    }

    private static int column(List<Float> columns, float x) {
        int best = 0;
        for (int c = 0; c < columns.size(); c++) if (columns.get(c) <= x + COLUMN_TOLERANCE) best = c;
        return best;
    }
}
