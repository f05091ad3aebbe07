package vn.nq57.loader.reference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.nq57.loader.metadata.MetadataExtractor;
import vn.nq57.loader.read.SourceText;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Only basis and implementation statements make upstream: each case is a small provincial plan in its own wording,
 * the answer every stated edge ("self" is the plan), sorted, with "+" marking the edges that are lineage.
 */
class LineageWordingsTest {
    private static final String HEADER = """
            ỦY BAN NHÂN DÂN
            TỈNH BẮC NINH
            Số: 75/KH-UBND
            Bắc Ninh, ngày 20 tháng 5 năm 2025

            KẾ HOẠCH
            """;

    private static List<String> edges(String afterHeading) {
        String text = HEADER + afterHeading.replace("\\n", "\n") + "\n";
        SourceText src = new SourceText("t.txt", "", text.lines().toList());
        List<String> out = new ArrayList<>();
        for (Reference r : ReferenceExtractor.extract(src, MetadataExtractor.extract(src))) edges("self", r, out);
        out.sort(null);
        return out;
    }

    private static void edges(String citing, Reference r, List<String> out) {
        boolean lineage = r.relation() == Relation.BASED_ON || r.relation() == Relation.APPLIES
                || r.relation() == Relation.AMENDS && r.lineage();
        out.add(citing + " " + r.relation().localName() + " " + r.number().canonical() + (lineage ? " +" : ""));
        for (Reference b : r.basis()) edges(r.number().canonical(), b, out);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # a dash list of bases right after the title, no heading
            "Chuyển đổi số năm 2025\\n- Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\\n- Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ;\\nI. MỤC ĐÍCH\\nNội dung." | self based_on 06/QĐ-TTg +, self based_on 57-NQ/TW +
            # "Căn cứ:" then items; a task row naming a decree is a citation
            "Chuyển đổi số năm 2025\\nCăn cứ:\\n+ Kế hoạch số 19-KH/TU ngày 02/3/2025 của Ban Thường vụ Tỉnh ủy;\\nI. NHIỆM VỤ\\n1\\tTriển khai thực hiện Nghị định số 45/2025/NĐ-CP\\tSở Nội vụ\\t2025" | self based_on 19-KH/TU +, self cites 45/2025/NĐ-CP
            # implementation in the title; a narrative sentence and a result are citations
            "Thực hiện Chương trình số 08-CTr/TU ngày 10/4/2025 của Tỉnh ủy\\nI. KẾT QUẢ\\nNăm 2024 tỉnh đã ban hành Kế hoạch số 12/KH-UBND triển khai thực hiện Nghị quyết số 52-NQ/TW.\\nĐã ban hành Văn bản số 300/UBND-KGVX ngày 01/02/2025." | self applies 08-CTr/TU +, self cites 12/KH-UBND, self cites 300/UBND-KGVX, self cites 52-NQ/TW
            # a basis heading in words, items on their own lines
            "Chuyển đổi số năm 2025\\n1. Căn cứ pháp lý\\n- Luật Giao dịch điện tử số 20/2023/QH15;\\n- Nghị định số 47/2020/NĐ-CP ngày 09/4/2020 của Chính phủ;\\n2. Mục tiêu\\n- Phấn đấu theo Quyết định số 942/QĐ-TTg." | self based_on 20/2023/QH15 +, self based_on 47/2020/NĐ-CP +, self cites 942/QĐ-TTg
            # "Căn cứ" inside a task row of a table is the task's wording, not the plan's basis
            "Chuyển đổi số năm 2025\\nI. NHIỆM VỤ\\n| 1 | Căn cứ Nghị quyết số 52-NQ/TW, xây dựng kế hoạch | Sở Nội vụ | 2025 |" | self cites 52-NQ/TW
            # a report of results of implementation is not implementation
            "Báo cáo kết quả thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" | self cites 57-NQ/TW
            # replacement in the preamble: never lineage, stated between two others too
            "Chuyển đổi số năm 2025\\nKế hoạch này thay thế Kế hoạch số 40/KH-UBND ngày 01/3/2025 của UBND tỉnh.\\nCăn cứ Quyết định số 11/QĐ-UBND ngày 02/01/2025 của UBND tỉnh thay thế Quyết định số 3/QĐ-UBND;" | 11/QĐ-UBND replaces 3/QĐ-UBND, self based_on 11/QĐ-UBND +, self replaces 40/KH-UBND
            # a basis heading in capitals wrapped over two lines, dash items under it
            "Chuyển đổi số năm 2025\\nI. CĂN CỨ LẬP\\nKẾ HOẠCH\\n- Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị;\\n- Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ.\\nII. MỤC TIÊU\\n- Phấn đấu theo Quyết định số 942/QĐ-TTg." | self based_on 52-NQ/TW +, self based_on 749/QĐ-TTg +, self cites 942/QĐ-TTg
            # a basis heading with sub-headings ("1. Cơ sở pháp lý", "2. Cơ sở thực tiễn") over dash items: all are bases
            "Chuyển đổi số năm 2025\\nI. CĂN CỨ XÂY DỰNG KẾ HOẠCH\\n1. Cơ sở pháp lý\\n- Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị;\\n- Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;\\n2. Cơ sở thực tiễn\\n- Báo cáo số 210/BC-UBND ngày 10/12/2024 của UBND tỉnh về kết quả chuyển đổi số năm 2024.\\nII. MỤC TIÊU\\n- Phấn đấu theo Quyết định số 942/QĐ-TTg." | self based_on 210/BC-UBND +, self based_on 52-NQ/TW +, self based_on 749/QĐ-TTg +, self cites 942/QĐ-TTg
            # a parenthesis giving short names lists documents; it states nothing of one to another
            "Chuyển đổi số năm 2025\\nTriển khai Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ; Chương trình hành động số 17-CTr/TU ngày 08/4/2025 của Ban Thường vụ Tỉnh ủy về việc thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị (sau đây gọi tắt là Nghị quyết 57-NQ/TW, Nghị quyết 71/NQ-CP, Chương trình hành động 17-CTr/TU);\\nI. MỤC ĐÍCH\\nNội dung." | 17-CTr/TU applies 57-NQ/TW +, self applies 17-CTr/TU +, self applies 71/NQ-CP +
            # numbered items naming documents under a wrapped basis heading, one item wrapped; a numbered heading ends the list
            "Chuyển đổi số năm 2025\\nI. CĂN CỨ XÂY DỰNG\\nKẾ HOẠCH\\n1. Quyết định số 924/QĐ-TTg ngày 22/8/2022 của Thủ tướng Chính phủ;\\n2. Thông tư 05/2022/TT-BNNPTNT ngày 25/7/2022 của Bộ Nông nghiệp và Phát triển nông thôn.\\n3. Kế hoạch số 370/KH-UBND ngày\\n08/12/2021 của Ủy ban nhân dân tỉnh.\\nII. MỤC TIÊU\\n1. Mục tiêu chung\\nPhấn đấu theo Quyết định số 942/QĐ-TTg." | self based_on 05/2022/TT-BNNPTNT +, self based_on 370/KH-UBND +, self based_on 924/QĐ-TTg +, self cites 942/QĐ-TTg
            # "Căn cứ:" then numbered items; "3. Mục tiêu" is a heading, not an item of the list
            "Chuyển đổi số năm 2025\\nCăn cứ:\\n1. Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\\n2. Kế hoạch số 19-KH/TU ngày 02/3/2025 của Ban Thường vụ Tỉnh ủy.\\n3. Mục tiêu\\nPhấn đấu theo Quyết định số 942/QĐ-TTg." | self based_on 19-KH/TU +, self based_on 57-NQ/TW +, self cites 942/QĐ-TTg
            # a part heading starts the body: what follows it reports, it states no implementation
            "Chuyển đổi số năm 2026\\nPHẦN I. KẾT QUẢ NĂM 2025\\nThực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2025 của UBND tỉnh, các sở đã hoàn thành nhiệm vụ.\\nI. KẾT QUẢ" | self cites 12/KH-UBND
            # the enacting clause after a basis, without "như sau:": what it names is carried out by the plan itself
            "Chuyển đổi số năm 2025\\nCăn cứ Quyết định số 259-QĐ/TW ngày 24/01/2025 của Bộ Chính trị, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW, cụ thể như sau.\\nI. MỤC ĐÍCH" | self applies 57-NQ/TW +, self based_on 259-QĐ/TW +
            "Chuyển đổi số năm 2025\\nCăn cứ Quyết định số 259-QĐ/TW ngày 24/01/2025 của Bộ Chính trị, Ủy ban nhân dân tỉnh xây dựng Kế hoạch triển khai thực hiện Nghị quyết số 57-NQ/TW.\\nI. MỤC ĐÍCH" | self applies 57-NQ/TW +, self based_on 259-QĐ/TW +
            "Chuyển đổi số năm 2025\\nThực hiện Kế hoạch số 19-KH/TU ngày 02/3/2025 của Ban Thường vụ Tỉnh ủy, Ban Chỉ đạo chuyển đổi số tỉnh (sau đây gọi tắt là Ban Chỉ đạo) ban hành Kế hoạch hoạt động thực hiện Nghị quyết số 57-NQ/TW với những nội dung chủ yếu sau:\\nI. MỤC ĐÍCH" | self applies 19-KH/TU +, self applies 57-NQ/TW +
            # … but "ban hành" of a cited document's issuer, or of those a letter guides, is no enacting clause
            "Chuyển đổi số năm 2025\\nCăn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW.\\nCăn cứ Công văn số 5511/BKHCN-CĐSQG ngày 10/10/2025 của Bộ Khoa học và Công nghệ hướng dẫn các bộ, ngành, địa phương xây dựng Kế hoạch thực hiện Nghị quyết số 03/NQ-CP.\\nI. MỤC ĐÍCH" | 5511/BKHCN-CĐSQG applies 03/NQ-CP +, 71/NQ-CP applies 57-NQ/TW +, self based_on 5511/BKHCN-CĐSQG +, self based_on 71/NQ-CP +
            """)
    void upstreamOnlyFromBasisAndImplementation(String text, String expected) {
        assertEquals(List.of(expected.split(", ")), edges(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Căn cứ Kế hoạch số 19-KH/TU ngày 02/3/2025 của Ban Thường vụ Tỉnh ủy;         | Ban Thường vụ Tỉnh ủy Bắc Ninh | 2025-03-02
            Căn cứ Kế hoạch số 19-KH/TU ngày 02/3/2052 của Ban Thường vụ Tỉnh ủy;         | Ban Thường vụ Tỉnh ủy Bắc Ninh | 
            Căn cứ Kế hoạch số 19-KH/TU ngày 31/02/2025 của Thành ủy;                      | Thành ủy Bắc Ninh              | 
            Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Kế hoạch số 19-KH/TU ngày 02/3/2025 của Ban Thường vụ Tỉnh ủy như sau: | Ban Thường vụ Tỉnh ủy Bắc Ninh | 2025-03-02
            """)
    void theProvinceLeftImplicitAndADateTypo(String preamble, String issuer, String date) {
        String text = HEADER + "Chuyển đổi số\n" + preamble + "\n";
        SourceText src = new SourceText("t.txt", "", text.lines().toList());
        Reference r = ReferenceExtractor.extract(src, MetadataExtractor.extract(src)).getFirst();
        assertEquals(issuer, r.issuer());
        assertEquals(date == null ? null : java.time.LocalDate.parse(date), r.date(), "a date after the citing plan's is a typo");
    }

    /** A body's term of office ("khóa XX") is no part of its name; the citation's quote keeps it. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "Chuyển đổi số\\nThực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy khóa XX về chuyển đổi số;" | Ban Thường vụ Tỉnh ủy Bắc Ninh    | khóa XX
            "TRIỂN KHAI NGHỊ QUYẾT SỐ 13-NQ/TU NGÀY 06/9/2023 CỦA BAN THƯỜNG VỤ TỈNH ỦY KHÓA XX VỀ CHUYỂN ĐỔI SỐ"                 | Ban Thường vụ Tỉnh ủy Bắc Ninh    | KHÓA XX
            "Chuyển đổi số\\nCăn cứ Nghị quyết số 193/2025/QH15 ngày 19/02/2025 của Quốc hội khoá XV;"                                | Quốc hội                          | khoá XV
            "Chuyển đổi số\\nCăn cứ Nghị quyết số 05-NQ/TU ngày 17/6/2021 của Ban Chấp hành Đảng bộ tỉnh khóa 20 về nông thôn mới;"   | Ban Chấp hành Đảng bộ tỉnh Bắc Ninh | khóa 20
            """)
    void aTermOfOfficeIsNoPartOfTheIssuersName(String afterHeading, String issuer, String term) {
        String text = HEADER + afterHeading.replace("\\n", "\n") + "\n";
        SourceText src = new SourceText("t.txt", "", text.lines().toList());
        Reference r = ReferenceExtractor.extract(src, MetadataExtractor.extract(src)).getFirst();
        assertEquals(issuer, r.issuer());
        assertTrue(r.quote().contains(term), r.quote());
    }

    /** An issuer named at the end of a table cell ends with the cell: the next cell is the task's lead unit, not more
     * of its name; the Government written out where its code belongs ("NĐ-Chính phủ") is the code CP. */
    @org.junit.jupiter.api.Test
    void anIssuerEndsWithItsTableCell() {
        String text = HEADER + "Chuyển đổi số\nII. NHIỆM VỤ\n"
                + "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian\n"
                + "1\tKết nối cơ sở dữ liệu theo Nghị định số 107/2021/NĐ-Chính phủ của Chính phủ\tCục Công nghệ thông tin"
                + "\tVăn phòng Bộ\tTháng 12/2025\n";
        SourceText src = new SourceText("t.txt", "", text.lines().toList());
        Reference r = ReferenceExtractor.extract(src, MetadataExtractor.extract(src)).stream()
                .filter(x -> x.number().number().equals("107")).findFirst().orElseThrow();
        assertEquals("107/2021/NĐ-CP", r.number().canonical());
        assertEquals("Chính phủ", r.issuer());
    }

    /** A name read elsewhere (an appendix's caption, a header) ends before its term too. */
    @org.junit.jupiter.api.Test
    void aTermAtTheEndOfANameIsLeftOut() {
        assertEquals("Ban Thường vụ Tỉnh ủy", vn.nq57.loader.metadata.IssuerNames.normalise("Ban Thường vụ Tỉnh ủy (khóa XX)"));
        assertEquals("Ban Chấp hành Đảng bộ tỉnh Quảng Ngãi",
                vn.nq57.loader.metadata.IssuerNames.normalise("Ban Chấp hành Đảng bộ tỉnh Quảng Ngãi khoá XX"));
        assertEquals("Ban Khoa giáo", vn.nq57.loader.metadata.IssuerNames.normalise("Ban Khoa giáo"));
    }
}
