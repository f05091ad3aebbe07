package vn.nq57.loader.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.nq57.loader.metadata.MetadataExtractor;
import vn.nq57.loader.read.SourceText;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A relation in the graph is only what the text states: the citing document speaking of itself (its enacting clause,
 * its own number printed again) ends what a sentence says of the document named before it. Each case is a small plan
 * in its own wording; "self" is the plan.
 */
class UnstatedRelationsTest {
    private static List<String> edges(String text) {
        SourceText src = new SourceText("t.txt", "", text.lines().toList());
        List<String> out = new ArrayList<>();
        for (Reference r : ReferenceExtractor.extract(src, MetadataExtractor.extract(src))) edges("self", r, out);
        out.sort(null);
        return out;
    }

    private static void edges(String citing, Reference r, List<String> out) {
        out.add(citing + " " + r.relation().localName() + " " + r.number().canonical());
        for (Reference b : r.basis()) edges(r.number().canonical(), b, out);
    }

    @Test
    void aBasisItemEndedByACommaDoesNotSwallowTheEnactingClause() {
        List<String> edges = edges("""
                ỦY BAN NHÂN DÂN
                TỈNH NINH THUẬN
                Số: 45/KH-UBND
                Ninh Thuận, ngày 10 tháng 4 năm 2025

                KẾ HOẠCH
                Hành động triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị

                - Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ;
                - Căn cứ Quyết định số 88/QĐ-UBND ngày 03/02/2025 của UBND tỉnh về chức năng, nhiệm vụ của Sở Khoa học và Công nghệ,
                Ủy ban nhân dân tỉnh ban hành Kế hoạch hành động triển khai Nghị quyết số 57-NQ/TW như sau:
                I. MỤC TIÊU
                Nội dung.
                """);
        assertFalse(edges.contains("88/QĐ-UBND applies 57-NQ/TW"), edges.toString());
        assertTrue(edges.contains("self based_on 88/QĐ-UBND"), edges.toString());
        assertTrue(edges.contains("self applies 57-NQ/TW"), edges.toString());
    }

    /**
     * "… Nghị quyết số 03/NQ-CP … và Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW":
     * the verb belongs to the programme without a number, so 03/NQ-CP is not said to carry out 57-NQ/TW; the plan that
     * names both only cites 57-NQ/TW. A document named after "ban hành" is the one before's, whose verb it carries.
     */
    @Test
    void aVerbOfADocumentWithoutANumberIsNotTheOneBefores() {
        String header = """
                ỦY BAN NHÂN DÂN
                XÃ TRUNG AN
                Số: 31/KH-UBND
                Trung An, ngày 10 tháng 3 năm 2025

                KẾ HOẠCH
                Chuyển đổi số trên địa bàn xã

                """;
        List<String> edges = edges(header + "Thực hiện Kế hoạch số 25/KH-UBND ngày 24/01/2025 của UBND tỉnh thực hiện "
                + "Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ và Chương trình hành động của Ban Thường vụ Tỉnh ủy "
                + "thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\nI. MỤC ĐÍCH\nNội dung.\n");
        assertEquals(List.of("25/KH-UBND applies 03/NQ-CP", "25/KH-UBND cites 57-NQ/TW", "self applies 25/KH-UBND"), edges);
        List<String> issued = edges(header + "Căn cứ Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ, ban hành Chương "
                + "trình hành động thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\nI. MỤC ĐÍCH\nNội dung.\n");
        assertTrue(issued.contains("03/NQ-CP applies 57-NQ/TW"), issued.toString());
    }

    @Test
    void aDescriptionOfTheCitedDocumentBeforeTheEnactingClauseStillStatesItsBasis() {
        // "… ban hành Chương trình … thực hiện Nghị quyết 57" describes 03/NQ-CP; only the plan's own clause is its own
        List<String> edges = edges("""
                ỦY BAN NHÂN DÂN
                XÃ PHƯỚC HẢI
                Số: 16/KH-UBND
                Phước Hải, ngày 02 tháng 6 năm 2025

                KẾ HOẠCH
                Chuyển đổi số năm 2025

                Căn cứ Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị,
                Ủy ban nhân dân xã xây dựng Kế hoạch như sau:
                I. MỤC TIÊU
                Nội dung.
                """);
        assertTrue(edges.contains("03/NQ-CP applies 57-NQ/TW"), edges.toString());
        assertTrue(edges.contains("self based_on 03/NQ-CP"), edges.toString());
    }

    @Test
    void theDocumentsOwnNumberPrintedAgainStartsAfresh() {
        // a website prints the title twice before the header: the second copy's first document is not the basis of
        // the last document of the first copy
        List<String> edges = edges("""
                Kế hoạch 45/KH-UBND năm 2025 thực hiện Nghị quyết 03/NQ-CP về Chương trình hành động và Kế hoạch 20-KH/TU thực hiện Nghị quyết 57-NQ/TW do tỉnh Ninh Thuận ban hành

                Kế hoạch 45/KH-UBND năm 2025 thực hiện Nghị quyết 03/NQ-CP về Chương trình hành động và Kế hoạch 20-KH/TU thực hiện Nghị quyết 57-NQ/TW do tỉnh Ninh Thuận ban hành

                ỦY BAN NHÂN DÂN
                TỈNH NINH THUẬN
                Số: 45/KH-UBND
                Ninh Thuận, ngày 10 tháng 4 năm 2025

                KẾ HOẠCH
                Chuyển đổi số năm 2025

                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                I. MỤC TIÊU
                Nội dung.
                """);
        assertFalse(edges.contains("57-NQ/TW applies 03/NQ-CP"), edges.toString());
        assertTrue(edges.contains("self applies 03/NQ-CP"), edges.toString());
        assertTrue(edges.contains("20-KH/TU applies 57-NQ/TW"), edges.toString());
    }

    /** The issuer of {@code number} as the plan's text gives it. */
    private static String issuerOf(String text, String number) {
        SourceText src = new SourceText("t.txt", "", text.lines().toList());
        List<Reference> all = new ArrayList<>();
        for (Reference r : ReferenceExtractor.extract(src, MetadataExtractor.extract(src))) collect(r, all);
        return all.stream().filter(r -> r.number().canonical().equals(number)).map(Reference::issuer)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static void collect(Reference r, List<Reference> out) {
        out.add(r);
        for (Reference b : r.basis()) collect(b, out);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a title in capitals naming two documents joined by "VÀ"
            "THỰC HIỆN NGHỊ QUYẾT SỐ 03/NQ-CP NGÀY 09/01/2025 CỦA CHÍNH PHỦ VÀ KẾ HOẠCH SỐ 22-KH/TU NGÀY 05/3/2025 CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ CHUYỂN ĐỔI SỐ" | 03/NQ-CP | Chính phủ
            "TRIỂN KHAI NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY 22/12/2024 CỦA BỘ CHÍNH TRỊ VÀ CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ VỀ ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC" | 57-NQ/TW | Bộ Chính trị
            # a web copy's capitalised verb after the issuer, wrapped lines
            "Chuyển đổi số năm 2025\\n1. Quyết định số 310/QĐ-UBND ngày 08\\ntháng 4 năm 2022 của Ủy ban nhân dân tỉnh Phê duyệt Đề án Chính quyền số tỉnh\\ngiai đoạn 2022-2025.\\nII. MỤC TIÊU" | 310/QĐ-UBND | UBND tỉnh Bình Thuận
            "Chuyển đổi số năm 2025\\n- Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ Phê duyệt Chiến lược phát triển Chính phủ điện tử;\\nII. MỤC TIÊU" | 942/QĐ-TTg | Thủ tướng Chính phủ
            "Chuyển đổi số năm 2025\\n- Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ Ban hành Chương trình hành động;\\nII. MỤC TIÊU" | 03/NQ-CP | Chính phủ
            """)
    void anIssuersNameEndsWhereTheTextGoesOnToAnotherDocumentOrAVerb(String title, String number, String issuer) {
        String text = """
                ỦY BAN NHÂN DÂN
                TỈNH BÌNH THUẬN
                Số: 61/KH-UBND
                Bình Thuận, ngày 10 tháng 4 năm 2025

                KẾ HOẠCH
                """ + title.replace("\\n", "\n") + "\n";
        assertEquals(issuer, issuerOf(text, number));
    }

    @Test
    void aProposalAfterABasisLineWithoutItsSemicolonIsNoBasis() {
        List<String> edges = edges("""
                ỦY BAN NHÂN DÂN
                TỈNH HÀ NAM
                Số: 402/QĐ-UBND
                Hà Nam, ngày 14 tháng 4 năm 2024

                QUYẾT ĐỊNH
                Ban hành Kế hoạch chuyển đổi số năm 2024

                Căn cứ Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về chủ động tham gia cách mạng công nghiệp lần thứ tư;
                Căn cứ tình hình thực tế của tỉnh
                Xét đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 25/TTr-STTTT ngày 02/4/2024.
                QUYẾT ĐỊNH:
                Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2024.
                """);
        assertTrue(edges.contains("self based_on 52-NQ/TW"), edges.toString());
        assertFalse(edges.contains("self based_on 25/TTr-STTTT"), edges.toString());
        assertTrue(edges.contains("self cites 25/TTr-STTTT"), edges.toString());
    }
}
