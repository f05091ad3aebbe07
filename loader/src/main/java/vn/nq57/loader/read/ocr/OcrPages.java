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

    /** Adds the lines of page {@code page} as OCR lines (page, line on the page), then a blank line. */
    public static void add(Lines lines, int page, List<String> pageLines) {
        int n = 0;
        for (String line : pageLines) lines.add(clean(line), Origin.page(page, ++n, true));
        lines.blank(Origin.page(page, n + 1, true));
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
     * @return its lines
     * @throws SourceException naming the file when OCR is unavailable or fails
     */
    public static List<String> recognise(String fileName, BufferedImage image) throws SourceException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new SourceException(fileName, 0, "cannot prepare a page for OCR: " + e.getMessage(),
                    "không chuẩn bị được một trang để nhận dạng chữ (OCR)");
        }
        TsvPages.Page page = new TsvPages.Page(fileName, image, RuledTables.find(image));
        List<List<String>> pages = Tesseract.recognise(fileName, png.toByteArray(), ".png", n -> n == 1 ? page : TsvPages.Page.NONE);
        return pages.isEmpty() ? List.of() : pages.getFirst().stream().map(OcrPages::clean).toList();
    }
}
