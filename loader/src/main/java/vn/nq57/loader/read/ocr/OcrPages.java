package vn.nq57.loader.read.ocr;

import vn.nq57.loader.read.Lines;
import vn.nq57.loader.read.Origin;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;

import vn.nq57.loader.read.SourceException;

/** Adds recognised pages to a document's lines, and recognises rendered page images. */
public final class OcrPages {
    private OcrPages() {}

    /**
     * Adds the lines of page {@code page} as OCR lines (page, line on the page), then a blank line, with the words
     * recognised with low confidence noted on their lines.
     */
    public static void add(Lines lines, int page, RecognisedPage recognised) {
        List<String> pageLines = recognised.lines().stream().map(OcrPages::clean).toList();
        int base = lines.size(), n = 0;
        for (String line : pageLines) lines.add(line, Origin.page(page, ++n, true));
        lines.blank(Origin.page(page, n + 1, true));
        int[] at = new int[pageLines.size()];
        for (int i = 0; i < at.length; i++) at[i] = base + i;
        doubts(lines, pageLines, at, recognised.doubts());
    }

    /**
     * Notes each of {@code doubts} on the first of {@code pageLines} that holds it ({@code at[i]} the index in
     * {@code lines} of page line {@code i}; a page line left out, null, is skipped); a word doubted again is looked for
     * after the line its last doubt was noted on, so two misread "Quyết" are two lines. A word no line holds (a rule
     * read as letters, dropped) is not noted.
     */
    public static void doubts(Lines lines, List<String> pageLines, int[] at, List<RecognisedPage.Doubt> doubts) {
        java.util.Map<String, Integer> last = new java.util.HashMap<>();
        for (RecognisedPage.Doubt d : doubts) {
            String word = clean(d.word());
            Integer before = last.get(word);
            int i = RecognisedPage.lineOf(pageLines, word, before == null ? 0 : before + 1);
            if (i < 0 && before != null) i = RecognisedPage.lineOf(pageLines, word, 0);
            if (i < 0 || at[i] < 0) continue;
            last.put(word, i);
            lines.doubt(at[i], word, d.confidence());
        }
    }

    /**
     * Tesseract's Vietnamese model sometimes reads Đ/đ as the Icelandic eth Ð/ð (U+00D0/U+00F0), which Vietnamese
     * never uses: they are put back, so "QĐ" matches and the line is not taken for a legacy encoding. Tabs between
     * table cells are kept.
     */
    static String clean(String line) {
        String s = line.replace('\u00D0', '\u0110').replace('\u00F0', '\u0111');
        // A document number never has spaces around its slash: "Số: 05 /KH-CNTT" is an OCR gap, not the text.
        return NUMBER_SLASH.matcher(s).replaceAll("/");
    }

    private static final java.util.regex.Pattern NUMBER_SLASH = java.util.regex.Pattern.compile("(?<=\\d)\\s*/\\s*(?=\\p{Lu})");

    /**
     * Recognises one rendered page image, its ruled tables read cell by cell ({@link RuledTables}).
     *
     * @return its lines (cleaned as {@link #clean}) and the words recognised with low confidence
     * @throws SourceException naming the file when OCR is unavailable or fails
     */
    public static RecognisedPage recognise(String fileName, BufferedImage image) throws SourceException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new SourceException(fileName, 0, "cannot prepare a page for OCR: " + e.getMessage(),
                    "không chuẩn bị được một trang để nhận dạng chữ (OCR)");
        }
        TsvPages.Page page = new TsvPages.Page(fileName, image, RuledTables.find(image));
        List<RecognisedPage> pages = Tesseract.recognise(fileName, png.toByteArray(), ".png", n -> n == 1 ? page : TsvPages.Page.NONE);
        if (pages.isEmpty()) return new RecognisedPage(List.of(), List.of());
        return new RecognisedPage(pages.getFirst().lines().stream().map(OcrPages::clean).toList(), pages.getFirst().doubts());
    }
}
