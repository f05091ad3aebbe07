package vn.nq57.loader.read;

/**
 * Where one line of a {@link SourceText} sits in the original file, so an auditor can find it there: a line of a text
 * or web page, a page and line of a PDF (text layer or OCR), a paragraph of a Word document, or a row and cell of one
 * of its tables. Numbers are 1-based; 0 means "does not apply".
 *
 * @param page      PDF page or scanned image page, 0 for formats without pages
 * @param line      line on that page (PDF), or line of the file (text, HTML), 0 for Word
 * @param paragraph Word body paragraph (counted over the body, tables excluded), 0 otherwise
 * @param table     Word table (1-based in document order), 0 otherwise
 * @param row       row in that table, 0 otherwise
 * @param cell      first grid column of the cell the line comes from, 0 when the line is a whole row
 * @param footnote  Word footnote number, 0 otherwise
 * @param ocr       the text was recognised from an image (Tesseract), not read from a text layer
 */
public record Origin(int page, int line, int paragraph, int table, int row, int cell, int footnote, boolean ocr) {
    public Origin {
        if (page < 0 || line < 0 || paragraph < 0 || table < 0 || row < 0 || cell < 0 || footnote < 0)
            throw new IllegalArgumentException("negative position");
    }

    /** Line {@code n} of a text file (also .md, and the text of a web page). */
    public static Origin line(int n) { return new Origin(0, n, 0, 0, 0, 0, 0, false); }

    /** Line {@code n} of page {@code page}, read from the text layer or, when {@code ocr}, recognised from the image. */
    public static Origin page(int page, int n, boolean ocr) { return new Origin(page, n, 0, 0, 0, 0, 0, ocr); }

    /** Body paragraph {@code n} of a Word document. */
    public static Origin paragraph(int n) { return new Origin(0, 0, n, 0, 0, 0, 0, false); }

    /** Row {@code row} of table {@code table} of a Word document; {@code cell} 0 for the whole row. */
    public static Origin tableRow(int table, int row, int cell) { return new Origin(0, 0, 0, table, row, cell, 0, false); }

    /** Footnote {@code n} of a Word document. */
    public static Origin footnote(int n) { return new Origin(0, 0, 0, 0, 0, 0, n, false); }

    /** The position in words, Vietnamese as the pages show it: "trang 2, dòng 14 (OCR)", "bảng 1, hàng 5". */
    public String describe() {
        StringBuilder b = new StringBuilder();
        if (table > 0) {
            b.append("bảng ").append(table).append(", hàng ").append(row);
            if (cell > 0) b.append(", ô ").append(cell);
        } else if (footnote > 0) {
            b.append("chú thích ").append(footnote);
        } else if (paragraph > 0) {
            b.append("đoạn ").append(paragraph);
        } else if (page > 0) {
            b.append("trang ").append(page).append(", dòng ").append(line);
        } else {
            b.append("dòng ").append(line);
        }
        if (ocr) b.append(" (OCR)");
        return b.toString();
    }
}
