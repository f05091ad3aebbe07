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

    private static final String COMMUNE_HEADER = """
            ỦY BAN NHÂN DÂN
            XÃ PHÚ LỘC
            Số: 27/KH-UBND
            Phú Lộc, ngày 05 tháng 3 năm 2026

            KẾ HOẠCH
            Triển khai chuyển đổi số trên địa bàn xã năm 2026

            """;

    /**
     * A document joined by "và" after one nested under a plan ("Kế hoạch 118 … về triển khai Nghị quyết 57 … và Công
     * văn 455 …") hangs under the plan only if it could: dated after the plan, it is the citing plan's own basis, not
     * something the plan carries out. Dated before, or undated, it stays where the words put it.
     */
    @Test
    void aDocumentJoinedByVaAndDatedAfterThePlanItWouldHangUnderIsTheCitingDocumentsOwn() {
        List<String> later = edges(COMMUNE_HEADER + """
                Căn cứ Kế hoạch số 118/KH-UBND ngày 20/02/2026 của UBND tỉnh Lâm Đồng về triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị trên địa bàn tỉnh năm 2026 và Công văn số 455/UBND-KGVX ngày 03/3/2026 của UBND tỉnh về việc đẩy nhanh tiến độ;
                I. MỤC ĐÍCH
                Nội dung.
                """);
        assertTrue(later.contains("self based_on 455/UBND-KGVX"), later.toString());
        assertFalse(later.contains("118/KH-UBND applies 455/UBND-KGVX"), later.toString());
        assertTrue(later.contains("118/KH-UBND applies 57-NQ/TW"), later.toString());

        List<String> earlier = edges(COMMUNE_HEADER + """
                Căn cứ Kế hoạch số 118/KH-UBND ngày 20/02/2026 của UBND tỉnh Lâm Đồng về triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị và Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ;
                I. MỤC ĐÍCH
                Nội dung.
                """);
        assertTrue(earlier.contains("118/KH-UBND applies 03/NQ-CP"), earlier.toString());
    }

    /** Nobody carries out a report: one named in an implementation statement is cited, and its author's name ends where
     * the report's own subject begins ("của UBND tỉnh sơ kết tình hình …"). */
    @Test
    void aReportInAnImplementationStatementIsCitedNotApplied() {
        SourceText src = new SourceText("t.txt", "", (COMMUNE_HEADER + """
                Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; trên cơ sở Báo cáo số 88/BC-UBND ngày 20/01/2026 của UBND tỉnh sơ kết tình hình triển khai thực hiện Kế hoạch số 60/KH-UBND ngày 10/3/2025 của UBND tỉnh, Ủy ban nhân dân xã ban hành Kế hoạch như sau:
                I. MỤC ĐÍCH
                Nội dung.
                """).lines().toList());
        List<Reference> refs = ReferenceExtractor.extract(src, MetadataExtractor.extract(src));
        List<String> edges = new ArrayList<>();
        for (Reference r : refs) edges("self", r, edges);
        assertTrue(edges.contains("self applies 57-NQ/TW"), edges.toString());
        assertFalse(edges.stream().anyMatch(e -> e.endsWith("88/BC-UBND") && !e.startsWith("self cites")), edges.toString());
        Reference report = refs.stream().filter(r -> r.number().canonical().equals("88/BC-UBND")).findFirst().orElseThrow();
        assertNotNull(report.issuer(), report.toString());
        assertTrue(report.issuer().startsWith("UBND tỉnh") && !report.issuer().contains("sơ kết"), report.issuer());
    }

    /** A title naming a plan and what it carries out without a date, and a preamble repeating both with dates: the
     * document nested under the plan takes the date the preamble gives. */
    @Test
    void aDocumentDatedOnlyInItsSecondMentionTakesThatDate() {
        SourceText src = new SourceText("t.txt", "", """
                ĐẢNG BỘ TỈNH NGHỆ AN
                ĐẢNG ỦY XÃ DIỄN CHÂU
                Số 45-KH/ĐU
                Diễn Châu, ngày 12 tháng 02 năm 2026

                KẾ HOẠCH
                thực hiện Kế hoạch số 22-KH/TU ngày 10/01/2026 của Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị
                -----

                Thực hiện Kế hoạch số 22-KH/TU ngày 10/01/2026 của Ban Thường vụ Tỉnh ủy về tiếp tục thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch thực hiện như sau:
                I. MỤC ĐÍCH
                Nội dung.
                """.lines().toList());
        List<Reference> refs = ReferenceExtractor.extract(src, MetadataExtractor.extract(src));
        Reference plan = refs.stream().filter(r -> r.number().canonical().equals("22-KH/TU")).findFirst().orElseThrow();
        Reference nq57 = plan.basis().stream().filter(b -> b.number().canonical().equals("57-NQ/TW")).findFirst().orElseThrow();
        assertEquals(java.time.LocalDate.of(2024, 12, 22), nq57.date(), plan.toString());
        assertEquals("Bộ Chính trị", nq57.issuer(), "the title's underline is no part of the issuer");
    }

    /** A citation closing a table row's last cell: its issuer ends with the row, not with the next row's number. */
    @Test
    void anIssuerClosingATableRowEndsWithTheRow() {
        SourceText src = new SourceText("t.txt", "", (COMMUNE_HEADER + """
                TT\tNội dung\tĐơn vị chủ trì\tGhi chú
                1\tLắp đặt camera giám sát\tCông an xã\tTheo Kế hoạch số 210/KH-UBND ngày 12/8/2025 của UBND tỉnh
                2\tBảo đảm an toàn thông tin\tPhòng Văn hóa - Xã hội\t
                """).lines().toList());
        Reference plan = ReferenceExtractor.extract(src, MetadataExtractor.extract(src)).stream()
                .filter(r -> r.number().canonical().equals("210/KH-UBND")).findFirst().orElseThrow();
        assertNotNull(plan.issuer(), plan.toString());
        assertFalse(plan.issuer().matches(".*\\d.*"), plan.issuer());
    }

    /** A decree named without its issuer ("Nghị định số 47/2024/NĐ-CP") is the Government's: its code names only it;
     * a code a body shares with others of its kind ("UBND") names none. */
    @Test
    void aCitedNumberWhoseCodeOnlyOneNationalBodyUsesIsThatBodys() {
        SourceText src = new SourceText("t.txt", "", (COMMUNE_HEADER + """
                Căn cứ Nghị định số 47/2024/NĐ-CP ngày 09/5/2024 quy định danh mục cơ sở dữ liệu quốc gia;
                Căn cứ Quyết định số 1131/QĐ-TTg ngày 12/6/2025 ban hành Danh mục công nghệ chiến lược;
                Căn cứ Kế hoạch số 210/KH-UBND ngày 12/8/2025 về chuyển đổi số;
                I. MỤC ĐÍCH
                Nội dung.
                """).lines().toList());
        java.util.Map<String, String> issuers = new java.util.HashMap<>();
        for (Reference r : ReferenceExtractor.extract(src, MetadataExtractor.extract(src)))
            issuers.put(r.number().canonical(), String.valueOf(r.issuer()));
        assertEquals("Chính phủ", issuers.get("47/2024/NĐ-CP"), issuers.toString());
        assertEquals("Thủ tướng Chính phủ", issuers.get("1131/QĐ-TTg"), issuers.toString());
        assertEquals("null", issuers.get("210/KH-UBND"), issuers.toString());
    }
}
