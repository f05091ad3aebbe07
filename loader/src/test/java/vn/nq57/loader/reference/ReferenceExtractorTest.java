package vn.nq57.loader.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import vn.nq57.loader.metadata.MetadataExtractor;
import vn.nq57.loader.read.SourceText;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ReferenceExtractorTest {

    private static List<Reference> refs(String file) {
        SourceText src = Seeds.read(file);
        return ReferenceExtractor.extract(src, MetadataExtractor.extract(src));
    }

    private static Reference find(List<Reference> refs, String canonical, Relation relation) {
        return refs.stream().filter(r -> r.number().canonical().equals(canonical) && r.relation() == relation)
                .findFirst().orElseThrow(() -> new AssertionError(canonical + " " + relation + " not in " + refs));
    }

    private static Reference basis(Reference r, String canonical) {
        return r.basis().stream().filter(b -> b.number().canonical().equals(canonical)).findFirst()
                .orElseThrow(() -> new AssertionError(canonical + " not in basis of " + r.number()));
    }

    @Test
    void tanLoiClimbsToResolution57ThroughTheProvincePlan() {
        List<Reference> refs = refs(Seeds.TAN_LOI);
        Reference p92 = find(refs, "92/KH-UBND", Relation.BASED_ON);
        assertEquals("UBND tỉnh Đồng Nai", p92.issuer());
        assertEquals("province", p92.issuerLevel());
        assertEquals(LocalDate.of(2025, 9, 15), p92.date());
        assertEquals(DocumentKind.PLAN, p92.kind());
        assertEquals("Chính phủ", basis(p92, "71/NQ-CP").issuer());
        Reference tu = basis(p92, "469-KH/TU");
        assertEquals("Tỉnh ủy Đồng Nai", tu.issuer());
        assertEquals("57-NQ/TW", tu.basis().getFirst().number().canonical());
        assertEquals("Bộ Chính trị", tu.basis().getFirst().issuer());
        assertEquals(11, p92.span().start());
        assertTrue(p92.quote().startsWith("Căn cứ Kế hoạch số 92/KH-UBND"));

        assertEquals("UBND tỉnh Đồng Nai", find(refs, "91/KH-UBND", Relation.BASED_ON).issuer());
        Reference bcd = find(refs, "02-KH/BCĐ", Relation.BASED_ON);
        assertEquals("Ban Chỉ đạo xã Tân Lợi", bcd.issuer());
        assertEquals("commune", bcd.issuerLevel());
        assertTrue(refs.stream().noneMatch(r -> r.number().canonical().equals("02-KH/BCĐTW")));
        assertEquals(Relation.APPLIES, find(refs, "57-NQ/TW", Relation.APPLIES).relation());
        // one entry per (number, relation)
        assertEquals(refs.size(), refs.stream().map(r -> r.key() + r.relation()).distinct().count());
    }

    @Test
    void trungHoiAppliesProvincePlanThenGovernmentResolution() {
        List<Reference> refs = refs(Seeds.TRUNG_HOI);
        Reference p25 = find(refs, "25/KH-UBND", Relation.APPLIES);
        assertEquals("UBND tỉnh Thái Nguyên", p25.issuer());
        Reference nq03 = basis(p25, "03/NQ-CP");
        // "… 03/NQ-CP … và Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW": the
        // programme without a number carries out 57-NQ/TW, not 03/NQ-CP; the province's plan only names it
        assertTrue(nq03.basis().isEmpty(), nq03.basis().toString());
        assertEquals(Relation.CITES, basis(p25, "57-NQ/TW").relation());
        assertEquals("Ban Thường vụ Huyện ủy Định Hóa", find(refs, "36-CTr/HU", Relation.APPLIES).issuer());
        Reference p44 = find(refs, "44/KH-UBND", Relation.APPLIES);
        assertEquals("UBND huyện Định Hóa", p44.issuer());
        assertEquals("district", p44.issuerLevel());
    }

    @Test
    void caoMinhReadsWrappedPdfText() {
        List<Reference> refs = refs(Seeds.CAO_MINH);
        Reference letter = find(refs, "8002/BKHCN-VP", Relation.APPLIES);
        assertEquals("Bộ Khoa học và Công nghệ", letter.issuer());
        assertEquals("ministry", letter.issuerLevel());
        assertEquals(DocumentKind.OFFICIAL_LETTER, letter.kind());
        assertEquals(DocumentKind.SCHEME, find(refs, "22-ĐA/TU", Relation.APPLIES).kind());
        Reference tu15 = find(refs, "15-KH/TU", Relation.APPLIES);
        assertEquals("57-NQ/TW", tu15.basis().getFirst().number().canonical());   // printed "57 -\n\nNQ/TW"
        Reference p129 = find(refs, "129/KH-UBND", Relation.APPLIES);
        assertEquals("UBND tỉnh Thái Nguyên", p129.issuer());
        basis(p129, "71/NQ-CP");
    }

    @Test
    void quangNgaiNoticeAndGluedNumber() {
        List<Reference> refs = refs(Seeds.QUANG_NGAI);
        Reference tb = find(refs, "07-TB/CQTTBCĐ", Relation.BASED_ON);
        assertEquals("central", tb.issuerLevel());
        assertEquals(LocalDate.of(2025, 10, 15), tb.date());
        assertEquals("Ban Thường vụ Tỉnh ủy Quảng Ngãi", find(refs, "01-KH/TU", Relation.BASED_ON).issuer());
        // "57-NQ/TWcủa Bộ Chính trị": the glued number is read with its issuer. The title implements the conclusion
        // notice "tại Hội nghị sơ kết tình hình triển khai thực hiện Nghị quyết số 57-NQ/TW": a review of implementing
        // 57-NQ/TW, named, not implemented by this plan
        assertEquals("Bộ Chính trị", find(refs, "57-NQ/TW", Relation.CITES).issuer());
        assertTrue(refs.stream().noneMatch(r -> r.number().canonical().equals("57-NQ/TW") && r.relation() == Relation.APPLIES));
        assertEquals(Relation.APPLIES, find(refs, "01-KH/TU", Relation.APPLIES).relation());
    }

    @Test
    void decisionOfTheMinistryOfJustice() {
        List<Reference> refs = refs(Seeds.QD877);
        Reference decree = find(refs, "39/2025/NĐ-CP", Relation.BASED_ON);
        assertEquals(DocumentKind.DECREE, decree.kind());
        assertEquals(LocalDate.of(2025, 2, 26), decree.date());
        Reference nq03 = find(refs, "03/NQ-CP", Relation.BASED_ON);
        assertEquals("57-NQ/TW", nq03.basis().getFirst().number().canonical());
        assertTrue(refs.stream().noneMatch(r -> r.number().canonical().equals("877/QĐ-BTP")), "not itself");
        // "Căn cứ mục tiêu, nhiệm vụ … tại Nghị quyết số 03/NQ-CP" is a mention, not a legal basis
        assertTrue(refs.stream().filter(r -> r.relation() == Relation.BASED_ON).allMatch(r -> r.quote().matches("(?s)Căn cứ (Nghị|Quyết|Luật|Kế).*")));
    }

    @Test
    void bareResolutionResolvesToTheNumberedOne() {
        List<Reference> refs = refs(Seeds.APPENDIX_130);
        assertTrue(refs.stream().anyMatch(r -> r.number().canonical().equals("57-NQ/TW")));
        assertTrue(refs.stream().noneMatch(r -> r.number().canonical().equals("130/KH-UBND")), "the parent is appendixOf");
    }

    @Test
    void lawIsNeverResolution57() {
        var src = new SourceText("t", "", List.of("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.",
                "Căn cứ Luật Khoa học và công nghệ số 57/2014/QH13;", "Thực hiện Nghị quyết 57 của Bộ Chính trị."));
        var refs = ReferenceExtractor.extract(src, MetadataExtractor.extract(src));
        Reference law = find(refs, "57/2014/QH13", Relation.BASED_ON);
        assertEquals(DocumentKind.LAW, law.kind());
        assertEquals("57-NQ/TW", find(refs, "57-NQ/TW", Relation.APPLIES).number().canonical());
        assertEquals("http://data.europa.eu/eli/ontology#based_on", Relation.BASED_ON.iri());
    }

    @Test
    void aNumberIsOfTheKindItsCodeSaysUnlessTheWordsRightBeforeItNameIt() {
        var src = new SourceText("t", "", List.of("KẾ HOẠCH", "Triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
                "1. Xây dựng Chương trình công nghiệp hỗ trợ (theo QĐ 929/QĐ-TTg ngày 15/5/2025).",
                "2. Tuân thủ Quy định số 05-QĐ/BCĐTW ngày 27/8/2025 của Ban Chỉ đạo."));
        var refs = ReferenceExtractor.extract(src, MetadataExtractor.extract(src));
        // the programme is the task's subject; 929/QĐ-TTg is a decision
        assertEquals(DocumentKind.DECISION, refs.stream().filter(r -> r.number().canonical().equals("929/QĐ-TTg"))
                .findFirst().orElseThrow(() -> new AssertionError(refs.toString())).kind());
        // a Party "Quy định" is numbered QĐ too: the words right before the number say which
        assertEquals(DocumentKind.REGULATION, refs.stream().filter(r -> r.number().canonical().equals("05-QĐ/BCĐTW"))
                .findFirst().orElseThrow(() -> new AssertionError(refs.toString())).kind());
    }

    @Test
    void aQuoteFromATableCellIsTheCellsWordsWithoutItsSeparator() {
        var src = new SourceText("t", "", List.of("KẾ HOẠCH", "Triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
                "| 1 | Xây dựng Chương trình công nghiệp hỗ trợ (theo QĐ 929/QĐ-TTg) | Sở Công Thương | 2026 |",
                "2\tĐã ban hành Văn bản số 1709/BKHCN-CĐSQG ngày 21/05/2025\tSở Khoa học và Công nghệ"));
        var refs = ReferenceExtractor.extract(src, MetadataExtractor.extract(src));
        for (String number : List.of("929/QĐ-TTg", "1709/BKHCN-CĐSQG")) {
            Reference r = refs.stream().filter(x -> x.number().canonical().equals(number)).findFirst()
                    .orElseThrow(() -> new AssertionError(number + " not in " + refs));
            assertFalse(r.quote().endsWith("|") || r.quote().startsWith("|") || r.quote().contains("\t"), r.quote());
        }
        assertEquals("Xây dựng Chương trình công nghiệp hỗ trợ (theo QĐ 929/QĐ-TTg)", refs.stream()
                .filter(x -> x.number().canonical().equals("929/QĐ-TTg")).findFirst().orElseThrow().quote());
        assertEquals("Đã ban hành Văn bản số 1709/BKHCN-CĐSQG ngày 21/05/2025", refs.stream()
                .filter(x -> x.number().canonical().equals("1709/BKHCN-CĐSQG")).findFirst().orElseThrow().quote());
    }

    @Test
    void anIssuerEndingATitleStopsBeforeTheCanCuLineBelowIt() {
        var src = new SourceText("t", "", List.of("KẾ HOẠCH",
                "Thực hiện Chương trình hành động số 10-CTr/TU ngày 13/8/2025 của Tỉnh ủy", "",
                "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;"));
        var refs = ReferenceExtractor.extract(src, MetadataExtractor.extract(src));
        Reference programme = refs.stream().filter(r -> r.number().canonical().equals("10-CTr/TU")).findFirst()
                .orElseThrow(() -> new AssertionError(refs.toString()));
        assertEquals("Tỉnh ủy", programme.issuer());
        // wrapped onto the next line, as PDF text is, an issuer is still read whole
        var wrapped = new SourceText("t", "", List.of("KẾ HOẠCH",
                "Căn cứ Kế hoạch số 15-KH/TU ngày 12/9/2025 của Ban Thường vụ", "", "Tỉnh ủy Đồng Tháp về chuyển đổi số;"));
        assertEquals("Ban Thường vụ Tỉnh ủy Đồng Tháp", ReferenceExtractor.extract(wrapped, MetadataExtractor.extract(wrapped))
                .stream().filter(r -> r.number().canonical().equals("15-KH/TU")).findFirst().orElseThrow().issuer());
    }

    /** A title ending with its issuer above the text's first heading names the issuer alone, whatever the heading. */
    @ParameterizedTest
    @ValueSource(strings = {"I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ", "1. Mục đích", "a) Mục đích", "## I. MỤC TIÊU"})
    void anIssuerEndingATitleStopsBeforeTheHeadingBelowIt(String heading) {
        var src = new SourceText("t", "", List.of("ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", "Số: 12/KH-UBND",
                "Hà Giang, ngày 03 tháng 6 năm 2025", "", "KẾ HOẠCH",
                "thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", "", heading, "",
                "Nâng cao nhận thức về chuyển đổi số."));
        var refs = ReferenceExtractor.extract(src, MetadataExtractor.extract(src));
        Reference resolution = refs.stream().filter(r -> r.number().canonical().equals("57-NQ/TW")).findFirst()
                .orElseThrow(() -> new AssertionError(refs.toString()));
        assertEquals("Bộ Chính trị", resolution.issuer());
    }

    /** A text whose documents are told as news is told: who issued each, and when, before its number. */
    @Test
    void theIssuerAndDateToldBeforeANumberAreItsOwn() {
        String text = String.join("\n",
                "ỦY BAN NHÂN DÂN", "TỈNH YÊN BÁI", "Số: 61/KH-UBND", "Yên Bái, ngày 04 tháng 3 năm 2025",
                "KẾ HOẠCH", "Phát triển dữ liệu số năm 2025",
                "I. TÌNH HÌNH",
                "Ngày 12/8/2021, Thủ tướng Chính phủ đã ban hành Quyết định số 1392/QĐ-TTg phê duyệt chương trình.",
                "Theo đó, Ban Chỉ đạo chuyển đổi số tỉnh vừa ban hành Kế hoạch số 17/KH-BCĐ để triển khai.",
                "Ngày 05 tháng 01 năm 2025, Bộ Nội vụ ban hành Công văn số 88/BNV-CCVC về cán bộ.");
        SourceText src = new SourceText("t.txt", "", text.lines().toList());
        List<Reference> refs = ReferenceExtractor.extract(src, MetadataExtractor.extract(src));
        Reference qd = find(refs, "1392/QĐ-TTg", Relation.CITES);
        assertEquals("Thủ tướng Chính phủ", qd.issuer());
        assertEquals(LocalDate.of(2021, 8, 12), qd.date());
        assertEquals("Ban Chỉ đạo chuyển đổi số tỉnh Yên Bái", find(refs, "17/KH-BCĐ", Relation.CITES).issuer());
        Reference cv = find(refs, "88/BNV-CCVC", Relation.CITES);
        assertEquals("Bộ Nội vụ", cv.issuer());
        assertEquals(LocalDate.of(2025, 1, 5), cv.date());
    }

    @Test
    void aStatementJoinedToTheSentenceBeforeByAConnectiveStillStatesWhatItCarriesOut() {
        String text = String.join("\n",
                "ỦY BAN NHÂN DÂN", "TỈNH HÀ GIANG", "Số: 210/KH-UBND", "Hà Giang, ngày 14 tháng 7 năm 2025",
                "KẾ HOẠCH", "Chuyển đổi số năm 2026",
                "Theo đó, thực hiện Quyết định số 1120/QĐ-UBND ngày 02/06/2023 của Ủy ban nhân dân tỉnh Hà Giang, "
                        + "Ủy ban nhân dân tỉnh xây dựng Kế hoạch như sau:",
                "I. MỤC ĐÍCH");
        SourceText src = new SourceText("t.txt", "", text.lines().toList());
        List<Reference> refs = ReferenceExtractor.extract(src, MetadataExtractor.extract(src));
        assertEquals("UBND tỉnh Hà Giang", find(refs, "1120/QĐ-UBND", Relation.APPLIES).issuer());
    }

    /** A scan that misread the tone of "về việc" ("vỆ việc") still ends the issuer's name there. */
    @Test
    void anIssuerEndsAtASubjectWhoseToneAScanMisread() {
        String text = String.join("\n",
                "THỦ TƯỚNG CHÍNH PHỦ", "Số: 31/CĐ-TTg", "Hà Nội, ngày 07 tháng 4 năm 2025", "CÔNG ĐIỆN",
                "Về tăng cường an toàn thông tin mạng",
                "1. Các bộ tập trung thực hiện các nhiệm vụ được giao tại Công điện số 139/CĐ- ~TTg ngày 23 tháng 12 năm"
                        + " 2024 của Thủ tướng Chính phủ vỆ việc tăng cường phòng ngừa, xử lý lừa đảo.");
        SourceText src = new SourceText("t.txt", "", text.lines().toList());
        List<Reference> refs = ReferenceExtractor.extract(src, MetadataExtractor.extract(src));
        Reference cd = find(refs, "139/CĐ-TTg", Relation.CITES);
        assertEquals("Thủ tướng Chính phủ", cd.issuer());
        assertEquals(LocalDate.of(2024, 12, 23), cd.date());
    }

    private static List<Reference> refsOf(String... lines) {
        SourceText src = new SourceText("t.txt", "", List.of(lines));
        return ReferenceExtractor.extract(src, MetadataExtractor.extract(src));
    }

    /**
     * "chỉ đạo / đề nghị / ý kiến của X tại ‹loại› số N" names X before the number, and X issued it though a later "của
     * Y" follows in the sentence; "‹loại› số N ngày D ban hành bởi X" names X after it.
     */
    @Test
    void theIssuerToldBeforeTheNumberByTaiOrAfterItByBanHanhBoiIsItsOwn() {
        List<Reference> refs = refsOf("ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 88/KH-UBND", "Gia Lai, ngày 12 tháng 6 năm 2025",
                "KẾ HOẠCH", "Chuyển đổi số năm 2025",
                "Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Công văn số 2204-CV/TU ngày 03/6/2025 và ý kiến của"
                        + " Thường trực Hội đồng nhân dân tỉnh về chuyển đổi số;",
                "Thực hiện Nghị quyết số 09-NQ/TU ngày 20/5/2024 ban hành bởi Tỉnh ủy Gia Lai về chuyển đổi số;",
                "Theo đề nghị của Sở Nội vụ tại Tờ trình số 310/TTr-SNV ngày 05/6/2025;",
                "Xét đề nghị của Giám đốc Sở Tài chính và Giám đốc Sở Nội vụ tại Tờ trình số 42/TTr-STC-SNV ngày 06/6/2025.",
                "I. MỤC ĐÍCH", "Nâng cao nhận thức.");
        Reference letter = refs.stream().filter(r -> r.number().canonical().equals("2204-CV/TU")).findFirst()
                .orElseThrow(() -> new AssertionError(refs.toString()));
        assertEquals("Ban Thường vụ Tỉnh ủy Gia Lai", letter.issuer());
        assertEquals(LocalDate.of(2025, 6, 3), letter.date());
        assertEquals("Tỉnh ủy Gia Lai", find(refs, "09-NQ/TU", Relation.APPLIES).issuer());
        assertEquals("Sở Nội vụ", find(refs, "310/TTr-SNV", Relation.CITES).issuer());
        // a joint proposal has two authors, not one body named after both
        assertNull(find(refs, "42/TTr-STC-SNV", Relation.CITES).issuer());
    }

    /**
     * An issuer's name ends before a verb in lower case, leaves out the plenum that adopted a resolution, keeps a
     * national body's "về …", and is never a person.
     */
    @Test
    void anIssuersNameIsTheBodyWithoutVerbPlenumOrPerson() {
        List<Reference> refs = refsOf("ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 140/KH-UBND", "Quảng Trị, ngày 20 tháng 8 năm 2025",
                "KẾ HOẠCH", "Chuyển đổi số năm 2025",
                "Căn cứ Kế hoạch số 07-KH/TU ngày 02/5/2025 của Ban Thường vụ Tỉnh ủy tiếp tục lãnh đạo, chỉ đạo các cấp ủy;",
                "Căn cứ Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp;",
                "Căn cứ Quyết định số 18/QĐ-UBQGCĐS ngày 10/3/2023 của Chủ tịch Ủy ban Quốc gia về chuyển đổi số ban hành Kế hoạch hoạt động;",
                "Căn cứ Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới"
                        + " sáng tạo và chuyển đổi số về thúc đẩy chuyển đổi số;",
                "Căn cứ Thông báo số 09-TB/BCĐTW ngày 12/5/2025 Thông báo kết luận của Đồng chí Tổng Bí thư, Trưởng Ban Chỉ đạo Trung ương;",
                "Căn cứ Kế hoạch số 11/KH-BCĐ ngày 03/3/2025 của Ban chỉ đạo chuyển đổi số tỉnh về chuyển đổi số;",
                "I. MỤC ĐÍCH", "Nâng cao nhận thức.");
        assertEquals("Ban Thường vụ Tỉnh ủy Quảng Trị", find(refs, "07-KH/TU", Relation.BASED_ON).issuer());
        assertEquals("Ban Chấp hành Trung ương Đảng", find(refs, "19-NQ/TW", Relation.BASED_ON).issuer());
        assertEquals("Chủ tịch Ủy ban Quốc gia về chuyển đổi số", find(refs, "18/QĐ-UBQGCĐS", Relation.BASED_ON).issuer());
        assertEquals("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
                find(refs, "02-KH/BCĐTW", Relation.BASED_ON).issuer());
        String notice = find(refs, "09-TB/BCĐTW", Relation.BASED_ON).issuer();
        assertTrue(notice == null || !notice.startsWith("Đồng chí"), notice);
        assertEquals("Ban chỉ đạo chuyển đổi số tỉnh Quảng Trị", find(refs, "11/KH-BCĐ", Relation.BASED_ON).issuer());
    }
}
