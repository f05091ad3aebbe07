package vn.nq57.loader.read.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;

/**
 * The ruled tables of a scanned page, found from the image itself: Tesseract's page segmentation reads each cell of a
 * ruled table as a block of its own, in no row order, and drops a lone digit in a narrow cell (the "TT" column), so
 * the rows cannot be put together from its word boxes alone. A table here is a run of horizontal rules crossed by
 * vertical rules; its grid (the rules' positions) says which cell each word is in, and which cells span columns (a
 * group row: no vertical rule inside it) or rows (a lead unit written once for several tasks: no horizontal rule
 * under it).
 * <p>
 * A rule is a line of dark pixels at least {@value #MIN_RULE_SHARE} of the page's width (horizontal) or of the
 * table's height (vertical) long, allowing the slight skew and the gaps of a scan (it is measured over a band of
 * {@value #BAND} pixels, and by the share of that length which is dark, not by an unbroken run).
 */
final class RuledTables {
    /** A horizontal rule spans at least this share of the page's width; a vertical one this share of the table. */
    private static final double MIN_RULE_SHARE = 0.3;
    /** The rows (or columns) a rule may wander over: a 300 dpi scan's skew over a page's width, and the rule's width. */
    private static final int BAND = 7;
    /** Grey levels below this are ink. */
    private static final int DARK = 140;
    /** A part of a horizontal rule broken by a cell spanning rows is at least this share of the page's width. */
    private static final double MIN_PART_SHARE = 0.05;
    /** Pixels of white a scanned rule may break for. */
    private static final int MAX_GAP = 3;
    /** A vertical run at least this long is a rule's, not a letter's (a letter with its marks at 300 dpi is shorter). */
    private static final int MIN_STROKE = 90;
    /** Within a cell's edge, the share of dark pixels above which its rule is drawn (a merged cell has none there). */
    private static final double DRAWN = 0.6;

    /**
     * One ruled table: the y of its horizontal rules (top to bottom) and the x of its vertical rules (left to right),
     * in pixels; {@code spans} says, for each row band and each interior vertical rule, whether that rule is missing
     * there (the cells on either side are one), and {@code joined}, for each interior horizontal rule and each column,
     * whether it is missing (the cell above and below are one).
     */
    record Grid(int[] rows, int[] columns, boolean[][] spans, boolean[][] joined) {
        int bands() { return rows.length - 1; }

        int cells() { return columns.length - 1; }

        int top() { return rows[0]; }

        int bottom() { return rows[rows.length - 1]; }

        /** The band (row) holding y, or -1. */
        int band(double y) {
            for (int b = 0; b < bands(); b++) if (y >= rows[b] && y < rows[b + 1]) return b;
            return -1;
        }

        /** The column holding x, or -1. */
        int column(double x) {
            for (int c = 0; c < cells(); c++) if (x >= columns[c] && x < columns[c + 1]) return c;
            return -1;
        }

        boolean contains(double x, double y) { return band(y) >= 0 && column(x) >= 0; }
    }

    private RuledTables() {}

    /**
     * The ruled tables of a page, top to bottom; none when the page has no grid of at least two columns and two rows
     * (a page of running text, a letterhead's short underlines).
     */
    static List<Grid> find(BufferedImage image) {
        Raster r = image.getRaster();
        int w = image.getWidth(), h = image.getHeight();
        boolean gray = r.getNumBands() == 1;
        boolean[][] ink = new boolean[h][w];
        int[] px = new int[r.getNumBands()];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                r.getPixel(x, y, px);
                int level = gray ? px[0] : (px[0] + px[1] + px[2]) / 3;
                ink[y][x] = level < DARK;
            }
        }
        List<int[]> horizontal = horizontalRules(ink, w, h);       // {y, x0, x1}
        List<Grid> grids = new ArrayList<>();
        int i = 0;
        while (i < horizontal.size()) {
            // the rules of one table: consecutive rules over about the same width
            int j = i + 1;
            while (j < horizontal.size() && sameSpan(horizontal.get(i), horizontal.get(j))) j++;
            if (j - i >= 2) {
                Grid g = grid(ink, horizontal.subList(i, j));
                if (g != null) grids.add(g);
            }
            i = j;
        }
        return grids;
    }

    private static boolean sameSpan(int[] a, int[] b) {
        int tolerance = Math.max(20, (a[2] - a[1]) / 20);
        return Math.abs(a[1] - b[1]) <= tolerance && Math.abs(a[2] - b[2]) <= tolerance;
    }

    /** Rows whose band of {@link #BAND} pixels holds a long dark line: {y, first x, last x}, one per rule. */
    private static List<int[]> horizontalRules(boolean[][] ink, int w, int h) {
        List<int[]> rules = new ArrayList<>();
        int lastY = -BAND * 2;
        for (int y = 0; y + BAND <= h; y++) {
            // the longest run makes the rule; its extent is that of every long run on the row, since a rule stops
            // where a cell spans the rows above and below (a lead written once for two tasks) and goes on after it
            int runStart = -1, gap = 0, lastDark = -1, best = 0, bestFirst = -1, bestLast = -1;
            for (int x = 0; x <= w; x++) {
                boolean any = false;
                for (int k = 0; k < BAND && !any && x < w; k++) any = ink[y + k][x];
                if (any) {
                    if (runStart < 0) runStart = x;
                    gap = 0;
                    lastDark = x;
                    continue;
                }
                if (runStart >= 0 && (++gap > MAX_GAP || x == w)) {
                    int length = lastDark - runStart + 1;
                    best = Math.max(best, length);
                    if (length >= w * MIN_PART_SHARE) {
                        bestFirst = bestFirst < 0 ? runStart : Math.min(bestFirst, runStart);
                        bestLast = Math.max(bestLast, lastDark);
                    }
                    runStart = -1;
                    gap = 0;
                }
            }
            if (best < w * MIN_RULE_SHARE) continue;
            int centre = y + BAND / 2;
            if (centre - lastY <= BAND) {                     // the same rule, seen from the next row
                int[] prev = rules.getLast();
                prev[1] = Math.min(prev[1], bestFirst);
                prev[2] = Math.max(prev[2], bestLast);
            } else {
                rules.add(new int[]{centre, bestFirst, bestLast});
            }
            lastY = centre;
        }
        return rules;
    }

    /**
     * Whether the pixel column {@code x} (with the {@link #BAND} to its right) holds a vertical rule from {@code top} to
     * {@code bottom}: dark runs of {@link #MIN_STROKE} pixels or more (taller than any letter with its marks) cover half
     * the height; a group row's cell may break it.
     */
    private static boolean verticalRule(boolean[][] ink, int x, int top, int bottom) {
        int covered = 0, runStart = -1, gap = 0, lastDark = -1;
        for (int y = top; y <= bottom + 1; y++) {
            boolean any = false;
            for (int k = 0; k < BAND && !any && y <= bottom && x + k < ink[0].length; k++) any = ink[y][x + k];
            if (any) {
                if (runStart < 0) runStart = y;
                gap = 0;
                lastDark = y;
            } else if (runStart >= 0 && (++gap > MAX_GAP || y > bottom)) {
                if (lastDark - runStart + 1 >= MIN_STROKE) covered += lastDark - runStart + 1;
                runStart = -1;
                gap = 0;
            }
        }
        return covered >= (bottom - top) * 0.5;
    }

    /** The grid under these horizontal rules, or null when no vertical rules cross them. */
    private static Grid grid(boolean[][] ink, List<int[]> horizontal) {
        int top = horizontal.getFirst()[0], bottom = horizontal.getLast()[0];
        int left = horizontal.stream().mapToInt(r -> r[1]).min().orElseThrow();
        int right = horizontal.stream().mapToInt(r -> r[2]).max().orElseThrow();
        List<Integer> columns = new ArrayList<>();
        int lastX = -BAND * 2;
        // a scanned rule's run may stop short of the border it meets: look a little past either end
        int margin = BAND + (right - left) / 30;
        for (int x = Math.max(0, left - margin); x + BAND <= Math.min(ink[0].length, right + margin + 1); x++) {
            if (!verticalRule(ink, x, top, bottom)) continue;
            int centre = x + BAND / 2;
            if (centre - lastX > BAND) columns.add(centre);
            else columns.set(columns.size() - 1, (columns.getLast() + centre) / 2);
            lastX = centre;
        }
        // a faint outer border (a scan's) is where the horizontal rules end
        if (!columns.isEmpty() && columns.getFirst() - left > margin) columns.addFirst(left);
        if (!columns.isEmpty() && right - columns.getLast() > margin) columns.add(right);
        if (columns.size() < 3) return null;                  // two columns at least
        int[] rows = horizontal.stream().mapToInt(r -> r[0]).toArray();
        int[] cols = columns.stream().mapToInt(Integer::intValue).toArray();
        boolean[][] spans = new boolean[rows.length - 1][Math.max(0, cols.length - 2)];
        for (int b = 0; b < rows.length - 1; b++)
            for (int c = 1; c < cols.length - 1; c++)
                spans[b][c - 1] = coverage(ink, cols[c], rows[b], rows[b + 1], true) < DRAWN;
        boolean[][] joined = new boolean[Math.max(0, rows.length - 2)][cols.length - 1];
        for (int b = 1; b < rows.length - 1; b++)
            for (int c = 0; c < cols.length - 1; c++)
                joined[b - 1][c] = coverage(ink, rows[b], cols[c], cols[c + 1], false) < DRAWN;
        return new Grid(rows, cols, spans, joined);
    }

    /**
     * The share of dark pixels along a rule's place between {@code from} and {@code to} (the ends left out, where the
     * crossing rules are), looking {@link #BAND} pixels either side for a skewed or thick rule.
     */
    private static double coverage(boolean[][] ink, int at, int from, int to, boolean vertical) {
        int margin = BAND * 2, dark = 0, n = 0;
        for (int p = from + margin; p < to - margin; p++) {
            boolean any = false;
            for (int k = -BAND; k <= BAND && !any; k++) {
                int y = vertical ? p : at + k, x = vertical ? at + k : p;
                if (y >= 0 && y < ink.length && x >= 0 && x < ink[0].length) any = ink[y][x];
            }
            if (any) dark++;
            n++;
        }
        return n == 0 ? 1 : dark / (double) n;
    }
}
