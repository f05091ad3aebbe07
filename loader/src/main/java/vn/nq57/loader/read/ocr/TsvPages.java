package vn.nq57.loader.read.ocr;

import vn.nq57.loader.read.layout.PositionedLine;
import vn.nq57.loader.read.layout.ReadingOrder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tesseract's TSV output (one row per page, block, paragraph, line and word, with pixel boxes) turned into each
 * page's lines: the words of one Tesseract line, left to right, split into segments where the gap is wider than
 * {@value #GAP_EMS} average character widths (a column boundary Tesseract did not see), then put in reading order.
 */
final class TsvPages {
    private static final double GAP_EMS = 3.0;

    private TsvPages() {}

    private record Word(String text, int left, int top, int width) {}

    static List<List<String>> read(String tsv) {
        Map<Integer, Integer> pageWidths = new LinkedHashMap<>();
        Map<Integer, Map<String, List<Word>>> pages = new LinkedHashMap<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].matches("\\d+")) continue;          // header or damaged row
            int level = Integer.parseInt(f[0]), page = Integer.parseInt(f[1]);
            if (level == 1) pageWidths.put(page, Integer.parseInt(f[8]));
            pages.computeIfAbsent(page, k -> new LinkedHashMap<>());
            if (level != 5 || f[11].isBlank()) continue;
            String line = f[2] + "/" + f[3] + "/" + f[4];
            pages.get(page).computeIfAbsent(line, k -> new ArrayList<>())
                    .add(new Word(f[11].strip(), Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8])));
        }
        List<List<String>> out = new ArrayList<>();
        for (var page : pages.entrySet()) {
            List<PositionedLine> lines = new ArrayList<>();
            for (List<Word> words : page.getValue().values()) lines.add(line(words));
            float width = pageWidths.getOrDefault(page.getKey(), 2480);
            out.add(ReadingOrder.lines(lines, width));
        }
        return out;
    }

    private static PositionedLine line(List<Word> words) {
        words.sort(java.util.Comparator.comparingInt(Word::left));
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
