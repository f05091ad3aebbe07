package vn.nq57.loader.read.ocr;

import org.junit.jupiter.api.Test;
import vn.nq57.loader.Loader;
import vn.nq57.loader.read.DocumentFormat;
import vn.nq57.loader.read.Lines;
import vn.nq57.loader.read.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The words Tesseract was unsure of reach the load report with their page and line: a misread word in a task's name
 * or a misread number stays in the record verbatim, so the report says where to compare the text with the scan.
 */
class OcrDoubtsTest {

    /** Tesseract's TSV: a page (level 1), then words (level 5) with block/paragraph/line ids, boxes, confidence, text. */
    private static String tsv(String... words) {
        StringBuilder b = new StringBuilder("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n");
        b.append("1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n");
        for (String w : words) b.append(w).append('\n');
        return b.toString();
    }

    private static String word(int line, int n, int left, double conf, String text) {
        return "5\t1\t1\t1\t" + line + "\t" + n + "\t" + left + "\t" + (100 * line) + "\t" + (30 * text.length()) + "\t40\t" + conf + "\t" + text;
    }

    @Test
    void wordsUnderTheConfidenceBarAreNotedOnTheirLines() throws Exception {
        List<RecognisedPage> pages = TsvPages.read(tsv(
                word(1, 1, 100, 95.1, "KẾ"), word(1, 2, 200, 93.4, "HOẠCH"),
                word(2, 1, 100, 91.0, "Phân"), word(2, 2, 250, 41.2, "quyên"), word(2, 3, 450, 12.0, "|"),
                word(2, 4, 500, 5.0, "l"), word(2, 5, 560, 88.0, "cho"), word(2, 6, 700, 32.0, "1468/QĐÐ-BTP")),
                n -> TsvPages.Page.NONE);
        assertEquals(1, pages.size());
        // a rule read as "|" and a lone letter are no words to check; confident words are not listed
        assertEquals(List.of(new RecognisedPage.Doubt("quyên", 41), new RecognisedPage.Doubt("1468/QĐÐ-BTP", 32)),
                pages.getFirst().doubts());

        Lines lines = new Lines().add("Tiêu đề của tệp", vn.nq57.loader.read.Origin.page(1, 1, false));
        OcrPages.add(lines, 2, pages.getFirst());
        SourceText text = lines.build("quet.pdf", "", DocumentFormat.PDF);
        // the word as the text holds it (Ð read for Đ is put right in the line, so in the doubt too), on its line
        assertEquals(List.of(new SourceText.Doubt(3, "quyên", 41), new SourceText.Doubt(3, "1468/QĐĐ-BTP", 32)), text.doubts());
        for (SourceText.Doubt d : text.doubts()) assertTrue(text.line(d.line()).contains(d.word()), d.toString());

        String check = Loader.ocrDoubts(text).orElseThrow();
        assertEquals("OCR recognised 2 words with low confidence (under 60 of 100); compare them with the scan: "
                + "page 2, line 2 \"quyên\" (41), page 2, line 2 \"1468/QĐĐ-BTP\" (32)", check);
    }

    @Test
    void aTextWithoutOcrHasNoSuchCheck() throws Exception {
        SourceText text = new Lines().add("KẾ HOẠCH", vn.nq57.loader.read.Origin.line(1)).build("a.txt", "", DocumentFormat.TEXT);
        assertTrue(text.doubts().isEmpty());
        assertTrue(Loader.ocrDoubts(text).isEmpty());
    }

    @Test
    void aLongListIsCutWithTheRestCounted() throws Exception {
        String[] words = new String[15];
        for (int i = 0; i < 15; i++) words[i] = word(1, i + 1, 100 + 120 * i, 20, "từ" + i);
        Lines lines = new Lines();
        OcrPages.add(lines, 1, TsvPages.read(tsv(words), n -> TsvPages.Page.NONE).getFirst());
        String check = Loader.ocrDoubts(lines.build("quet.png", "", DocumentFormat.IMAGE)).orElseThrow();
        assertTrue(check.startsWith("OCR recognised 15 words"), check);
        assertTrue(check.endsWith("\"từ11\" (20) and 3 more"), check);
    }
}
