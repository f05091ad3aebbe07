package vn.nq57.loader.read.ocr;

import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.read.layout.PositionedLine;
import vn.nq57.loader.read.layout.ReadingOrder;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Tesseract's TSV output (one row per page, block, paragraph, line and word, with pixel boxes) turned into each
 * page's lines: the words of one Tesseract line, left to right, split into segments where the gap is wider than
 * {@value #GAP_EMS} average character widths (a column boundary Tesseract did not see), then put in reading order.
 * The words inside a ruled table found in the page's image ({@link RuledTables}) are put in its cells instead, and
 * the table written as tab-separated rows where it stands on the page (the tab layout of the table step, as
 * {@link vn.nq57.loader.read.TableGrid} writes a Word table): a cell spanning columns fills its first, a cell spanning
 * rows repeats its text in each (its first column only in the first), and a first-column cell the page's recognition
 * left empty beside a filled row (a lone "5" in the narrow "TT" column, which Tesseract's page segmentation drops) is
 * recognised again on its own.
 */
final class TsvPages {
    private static final double GAP_EMS = 3.0;

    /** A page's image and the ruled tables found in it, for the words that fall in their cells. */
    record Page(String fileName, BufferedImage image, List<RuledTables.Grid> tables) {
        static final Page NONE = new Page("", null, List.of());
    }

    private TsvPages() {}

    private record Word(String text, int left, int top, int width, int height, double confidence, String line) {
        double centreX() { return left + width / 2.0; }

        double centreY() { return top + height / 2.0; }
    }

    /**
     * @param tsv   Tesseract's TSV output
     * @param pages the image and ruled tables of each page (1-based); {@link Page#NONE} where not known
     * @return each page's lines in reading order, with the words recognised with low confidence
     * @throws SourceException when a cell's second recognition fails
     */
    static List<RecognisedPage> read(String tsv, IntFunction<Page> pages) throws SourceException {
        Map<Integer, Integer> pageWidths = new LinkedHashMap<>();
        Map<Integer, List<Word>> words = new LinkedHashMap<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].matches("\\d+")) continue;          // header or damaged row
            int level = Integer.parseInt(f[0]), page = Integer.parseInt(f[1]);
            if (level == 1) pageWidths.put(page, Integer.parseInt(f[8]));
            words.computeIfAbsent(page, k -> new ArrayList<>());
            if (level != 5 || f[11].isBlank()) continue;
            words.get(page).add(new Word(f[11].strip(), Integer.parseInt(f[6]), Integer.parseInt(f[7]),
                    Integer.parseInt(f[8]), Integer.parseInt(f[9]), confidence(f[10]), f[2] + "/" + f[3] + "/" + f[4]));
        }
        List<RecognisedPage> out = new ArrayList<>();
        for (var page : words.entrySet()) {
            Page known = pages.apply(page.getKey());
            float width = pageWidths.getOrDefault(page.getKey(), 2480);
            out.add(new RecognisedPage(page(page.getValue(), width, known == null ? Page.NONE : known),
                    doubts(page.getValue())));
        }
        return out;
    }

    /** The words recognised with a confidence below {@link RecognisedPage#DOUBTFUL} that have two letters or digits. */
    private static List<RecognisedPage.Doubt> doubts(List<Word> words) {
        List<RecognisedPage.Doubt> out = new ArrayList<>();
        for (Word w : words) {
            if (w.confidence() >= RecognisedPage.DOUBTFUL || RULE_GLYPHS.matcher(w.text()).matches()) continue;
            if (w.text().codePoints().filter(Character::isLetterOrDigit).count() < 2) continue;
            out.add(new RecognisedPage.Doubt(w.text(), (int) Math.round(Math.max(0, w.confidence()))));
        }
        return out;
    }

    /** The lines of one page: running text in reading order, each table's rows where the table stands. */
    private static List<String> page(List<Word> words, float width, Page page) throws SourceException {
        List<RuledTables.Grid> tables = page.tables().stream().sorted(Comparator.comparingInt(RuledTables.Grid::top)).toList();
        List<List<Word>> inTable = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) inTable.add(new ArrayList<>());
        List<Word> running = new ArrayList<>();
        for (Word w : words) {
            int t = 0;
            while (t < tables.size() && !tables.get(t).contains(w.centreX(), w.centreY())) t++;
            (t < tables.size() ? inTable.get(t) : running).add(w);
        }
        List<String> out = new ArrayList<>();
        double from = Double.NEGATIVE_INFINITY;
        for (int t = 0; t <= tables.size(); t++) {
            double to = t < tables.size() ? tables.get(t).top() : Double.POSITIVE_INFINITY;
            double lo = from;
            out.addAll(ReadingOrder.lines(lines(running.stream().filter(w -> w.centreY() >= lo && w.centreY() < to).toList()),
                    width));
            if (t < tables.size()) {
                out.addAll(rows(tables.get(t), inTable.get(t), page));
                from = tables.get(t).bottom();
            }
        }
        return out;
    }

    /** Tesseract's lines of these words, in the order it gives them. */
    private static List<PositionedLine> lines(List<Word> words) {
        List<PositionedLine> lines = new ArrayList<>();
        for (List<Word> line : byLine(words)) lines.add(line(new ArrayList<>(line)));
        return lines;
    }

    /** The words grouped by the Tesseract line they belong to, lines in the order Tesseract gives them. */
    private static java.util.Collection<List<Word>> byLine(List<Word> words) {
        Map<String, List<Word>> byLine = new LinkedHashMap<>();
        for (Word w : words) byLine.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
        return byLine.values();
    }

    /** A table's rows as tab-separated cells (see the class comment). */
    private static List<String> rows(RuledTables.Grid grid, List<Word> words, Page page) throws SourceException {
        int bands = grid.bands(), columns = grid.cells();
        List<List<List<Word>>> cells = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            List<List<Word>> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) row.add(new ArrayList<>());
            cells.add(row);
        }
        for (Word w : words) {
            if (isRule(w, grid)) continue;
            int b = grid.band(w.centreY()), c = grid.column(w.centreX());
            while (c > 0 && grid.spans()[b][c - 1]) c--;              // a cell spanning columns: its first
            cells.get(b).get(c).add(w);
        }
        String[][] text = new String[bands][columns];
        for (int c = 0; c < columns; c++) {
            for (int b = 0; b < bands; ) {
                int end = b + 1;                                       // a cell spanning rows: bands b .. end-1
                while (end < bands && grid.joined()[end - 1][c]) end++;
                List<Word> merged = new ArrayList<>();
                for (int k = b; k < end; k++) merged.addAll(cells.get(k).get(c));
                String said = cellText(merged);
                for (int k = b; k < end; k++) text[k][c] = c == 0 && k > b ? "" : said;
                b = end;
            }
        }
        List<String> out = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            boolean filled = false;
            for (int c = 1; c < columns; c++) filled |= !text[b][c].isEmpty();
            boolean continued = b > 0 && grid.joined()[b - 1][0];
            if (filled && text[b][0].isEmpty() && !continued && page.image() != null)
                text[b][0] = Tesseract.line(page.fileName(), cell(page.image(), grid, b, 0));
            text[b][0] = ordinal(text[b][0]);
            if (!filled && text[b][0].isEmpty()) continue;
            out.add(String.join("\t", text[b]));
        }
        return out;
    }

    /** Glyphs Tesseract reads a vertical rule as. */
    private static final java.util.regex.Pattern RULE_GLYPHS = java.util.regex.Pattern.compile("[|¦│┃‖!\\[\\]]+");
    /** How near (pixels) a word's box may come to a horizontal rule without touching it. */
    private static final int ON_RULE = 4;
    /** Below this confidence (Tesseract's, 0–100) a word touching a rule is the rule read as letters. */
    private static final double DOUBTFUL = RecognisedPage.DOUBTFUL;

    /**
     * A word that is a rule read as text: rule glyphs alone ("|"), or doubtful letters whose box touches a horizontal
     * rule ("ẽẻ.'.ẽ.ẽố" along a scan's top border); a cell's own words keep clear of its rules.
     */
    private static boolean isRule(Word w, RuledTables.Grid grid) {
        if (RULE_GLYPHS.matcher(w.text()).matches()) return true;
        if (w.confidence() >= DOUBTFUL) return false;
        for (int y : grid.rows()) if (w.top() <= y + ON_RULE && w.top() + w.height() >= y - ON_RULE) return true;
        return false;
    }

    private static double confidence(String field) {
        try {
            return Double.parseDouble(field.strip());
        } catch (NumberFormatException e) {
            return 100;                                          // not given: trusted
        }
    }

    /** A first-column cell holds an ordinal: a scan's trailing mark ("5_") and a Roman I read as "|" put right. */
    private static String ordinal(String text) {
        String s = text.strip().replaceAll("[_|]+$", "").strip();
        return text.strip().matches("[|]{1,3}") ? "I".repeat(text.strip().length()) : s;
    }

    /** The words of a cell, line by line (Tesseract's lines, top to bottom), each left to right. */
    private static String cellText(List<Word> words) {
        return byLine(words).stream()
                .sorted(Comparator.comparingInt(l -> l.stream().mapToInt(Word::top).min().orElse(0)))
                .map(l -> String.join(" ", l.stream().sorted(Comparator.comparingInt(Word::left)).map(Word::text).toList()))
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    /** The image of one cell, inside its rules. */
    private static BufferedImage cell(BufferedImage image, RuledTables.Grid grid, int band, int column) {
        int inset = 8;
        int x0 = grid.columns()[column] + inset, x1 = grid.columns()[column + 1] - inset;
        int y0 = grid.rows()[band] + inset, y1 = grid.rows()[band + 1] - inset;
        x0 = Math.max(0, x0); y0 = Math.max(0, y0);
        x1 = Math.min(image.getWidth(), Math.max(x0 + 1, x1)); y1 = Math.min(image.getHeight(), Math.max(y0 + 1, y1));
        // a margin of white around the cell's text, as Tesseract reads best
        BufferedImage out = new BufferedImage(x1 - x0 + 40, y1 - y0 + 40, BufferedImage.TYPE_BYTE_GRAY);
        var g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(image.getSubimage(x0, y0, x1 - x0, y1 - y0), 20, 20, null);
        g.dispose();
        return out;
    }

    private static PositionedLine line(List<Word> words) {
        words.sort(Comparator.comparingInt(Word::left));
        int chars = 0, pixels = 0, top = Integer.MAX_VALUE;
        for (Word w : words) { chars += w.text().length(); pixels += w.width(); top = Math.min(top, w.top()); }
        double charWidth = Math.max(1.0, pixels / (double) Math.max(1, chars));
        List<PositionedLine.Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int start = words.getFirst().left(), end = start;
        for (Word w : words) {
            if (text.length() > 0 && w.left() - end > GAP_EMS * charWidth) {
                segments.add(new PositionedLine.Segment(text.toString(), start, end));
                text.setLength(0);
                start = w.left();
            }
            if (text.length() > 0) text.append(' ');
            text.append(w.text());
            end = w.left() + w.width();
        }
        segments.add(new PositionedLine.Segment(text.toString(), start, end));
        return new PositionedLine(segments, top);
    }
}
