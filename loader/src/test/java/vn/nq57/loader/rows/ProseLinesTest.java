package vn.nq57.loader.rows;

import org.junit.jupiter.api.Test;
import vn.nq57.loader.read.DocumentFormat;
import vn.nq57.loader.read.Origin;
import vn.nq57.loader.read.SourceText;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The blocks of running text, as typed and as a scan's OCR gives them. */
class ProseLinesTest {

    private static List<ProseLines.Block> read(String text, boolean ocr) {
        List<String> lines = text.lines().toList();
        List<Origin> origins = new ArrayList<>();
        for (int i = 1; i <= lines.size(); i++) origins.add(ocr ? Origin.page(1, i, true) : Origin.line(i));
        SourceText src = new SourceText("t", "", lines, ocr ? DocumentFormat.PDF : DocumentFormat.TEXT, origins);
        return ProseLines.read(src, new boolean[lines.size() + 1]);
    }

    private static final String PARTS = """
            L NỘI DUNG
            1. Mục đích, yêu cầu
            H. TỔ CHỨC THỰC HIỆN
            HI. KINH PHÍ
            Hà Nội tổ chức tổng kết.
            """;

    @Test
    void aScansMisreadRomanNumbersAreTheParts() {
        List<ProseLines.Block> blocks = read(PARTS, true);
        assertEquals(List.of("PART I NỘI DUNG", "NUMBERED 1 Mục đích, yêu cầu", "PART II TỔ CHỨC THỰC HIỆN",
                        "PART III KINH PHÍ", "PARAGRAPH  Hà Nội tổ chức tổng kết."),
                blocks.stream().map(b -> b.kind + " " + b.label + " " + b.text()).toList());
    }

    @Test
    void typedTextKeepsItsLettersAsWritten() {
        // outside a scan an "H." or "L" is what was typed: a lettered division, or a heading without a number
        List<ProseLines.Block> blocks = read(PARTS, false);
        assertEquals("PART  L NỘI DUNG", blocks.getFirst().kind + " " + blocks.getFirst().label + " " + blocks.getFirst().text());
        assertEquals("PART H TỔ CHỨC THỰC HIỆN", blocks.get(2).kind + " " + blocks.get(2).label + " " + blocks.get(2).text());
    }

    @Test
    void aPagesLineBrokenMidSentenceGoesOnOnTheNextEvenFromACapital() {
        List<ProseLines.Block> blocks = read("""
                1. Giám đốc các sở, Thủ trưởng các ban, ngành,
                Chủ tịch Ủy ban nhân dân các huyện triển khai các nhiệm vụ tại
                Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh.
                2. Sở Tài chính
                Bố trí kinh phí thực hiện.
                """, true);
        assertEquals(List.of("NUMBERED 1 Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các huyện "
                        + "triển khai các nhiệm vụ tại Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh.",
                        "NUMBERED 2 Sở Tài chính", "PARAGRAPH  Bố trí kinh phí thực hiện."),
                blocks.stream().map(b -> b.kind + " " + b.label + " " + b.text()).toList());
    }

    @Test
    void aScansMisreadItemNumberBetweenItsNeighboursIsTheMissingOne() {
        List<ProseLines.Block> blocks = read("""
                7. Bộ Văn hóa, Thể thao và Du lịch chỉ đạo các cơ quan báo chí tăng cường tuyên truyền.
                6, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương:
                a) Chỉ đạo các lực lượng chức năng triển khai quyết liệt các biện pháp.
                9. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện.
                """, true);
        assertEquals(List.of("NUMBERED 7", "NUMBERED 8", "LETTERED a", "NUMBERED 9"),
                blocks.stream().map(b -> b.kind + " " + b.label).toList());
    }

    @Test
    void typedNumbersStayAsPrinted() {
        // a typed document that repeats a number printed it so; "6," in typed text opens no item
        List<ProseLines.Block> blocks = read("""
                7. Sở Tài chính bố trí kinh phí.
                6. Sở Nội vụ hướng dẫn tổ chức bộ máy.
                9. Văn phòng theo dõi, đôn đốc.
                """, false);
        assertEquals(List.of("NUMBERED 7", "NUMBERED 6", "NUMBERED 9"),
                blocks.stream().map(b -> b.kind + " " + b.label).toList());
    }
}
