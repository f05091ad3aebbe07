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
 * "sửa đổi, bổ sung" read in whole documents: who amends whom. Each case is one line placed in the title, the preamble
 * or the body of a small commune plan; the answer is every stated edge, "self" standing for the plan itself.
 */
class AmendingReferencesTest {
    private static final String HEADER = """
            ỦY BAN NHÂN DÂN
            XÃ AN BÌNH
            Số: 12/KH-UBND
            An Bình, ngày 05 tháng 3 năm 2026

            KẾ HOẠCH
            """;

    private static List<Reference> extract(String title, String preamble, String body) {
        String text = HEADER + title + "\n\n" + preamble + "\nI. MỤC ĐÍCH, YÊU CẦU\n" + body + "\n";
        SourceText src = new SourceText("t.txt", "", text.lines().toList());
        return ReferenceExtractor.extract(src, MetadataExtractor.extract(src));
    }

    /** "self applies 57-NQ/TW", "71/NQ-CP amends 03/NQ-CP", … sorted. */
    private static List<String> edges(List<Reference> refs) {
        List<String> out = new ArrayList<>();
        for (Reference r : refs) edges("self", r, out);
        out.sort(null);
        return out;
    }

    private static void edges(String citing, Reference r, List<String> out) {
        out.add(citing + " " + r.relation().localName() + " " + r.number().canonical());
        for (Reference b : r.basis()) edges(r.number().canonical(), b, out);
    }

    private static final String TITLE = "Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị năm 2026";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung, cập nhật Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW;  | 03/NQ-CP applies 57-NQ/TW, 71/NQ-CP amends 03/NQ-CP, self applies 57-NQ/TW, self based_on 71/NQ-CP
            Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ về việc bổ sung, sửa đổi Nghị quyết số 03/NQ-CP;  | 71/NQ-CP amends 03/NQ-CP, self applies 57-NQ/TW, self based_on 71/NQ-CP
            Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sua doi, bo sung Nghị quyết số 03/NQ-CP;           | 71/NQ-CP amends 03/NQ-CP, self applies 57-NQ/TW, self based_on 71/NQ-CP
            Căn cứ Quyết định số 20/QĐ-UBND ngày 02/02/2026 của UBND tỉnh sửa đổi một số điều của Quyết định số 15/QĐ-UBND ngày 10/01/2026 của UBND tỉnh; | 20/QĐ-UBND amends 15/QĐ-UBND, self applies 57-NQ/TW, self based_on 20/QĐ-UBND
            Căn cứ Kế hoạch số 30/KH-UBND ngày 02/02/2026 của UBND tỉnh sửa đổi, bổ sung Kế hoạch số 10/KH-UBND và Kế hoạch số 11/KH-UBND của UBND tỉnh; | 30/KH-UBND amends 10/KH-UBND, 30/KH-UBND amends 11/KH-UBND, self applies 57-NQ/TW, self based_on 30/KH-UBND
            Căn cứ Kế hoạch số 92/KH-UBND ngày 15/9/2025 của UBND tỉnh về việc sửa đổi, bổ sung cập nhật Kế hoạch của UBND tỉnh triển khai thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ; | 92/KH-UBND applies 71/NQ-CP, self applies 57-NQ/TW, self based_on 92/KH-UBND
            Căn cứ Kế hoạch số 40/KH-UBND ngày 02/02/2026 của UBND tỉnh về bổ sung nguồn lực thực hiện Kế hoạch số 10/KH-UBND;  | 40/KH-UBND applies 10/KH-UBND, self applies 57-NQ/TW, self based_on 40/KH-UBND
            """)
    void aCitedDocumentAmendsAnother(String preamble, String expected) {
        assertEquals(List.of(expected.split(", ")), edges(extract(TITLE, preamble, "Nội dung.")));
    }

    @Test
    void replacingIsNotAmending() {
        // "thay thế" is a relation of its own (dcterms:replaces), never an amendment nor lineage
        List<Reference> refs = extract(TITLE, "Căn cứ Kế hoạch số 50/KH-UBND ngày 02/02/2026 của UBND tỉnh thay thế Kế hoạch số 10/KH-UBND;", "");
        assertTrue(edges(refs).stream().noneMatch(e -> e.contains(" amends ")), edges(refs).toString());
        assertTrue(edges(refs).contains("50/KH-UBND replaces 10/KH-UBND"), edges(refs).toString());
        assertEquals("UBND tỉnh", refs.stream().filter(r -> r.number().canonical().equals("50/KH-UBND"))
                .findFirst().orElseThrow().issuer(), "the issuer stops at the verb");
    }

    @Test
    void theIssuerOfTheAmenderStopsAtTheVerb() {
        List<Reference> refs = extract(TITLE, "Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ bổ sung, cập nhật Nghị quyết số 03/NQ-CP;", "");
        Reference nq71 = refs.stream().filter(r -> r.number().canonical().equals("71/NQ-CP")).findFirst().orElseThrow();
        assertEquals("Chính phủ", nq71.issuer());
        Reference nq03 = nq71.basis().getFirst();
        assertEquals(Relation.AMENDS, nq03.relation());
        assertTrue(nq03.quote().contains("bổ sung, cập nhật Nghị quyết số 03/NQ-CP"), "the verbatim sentence is kept");
        assertEquals(nq71.span(), nq03.span());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sửa đổi, bổ sung Kế hoạch số 05/KH-UBND ngày 10/01/2026 của UBND xã An Bình thực hiện Nghị quyết số 57-NQ/TW  | 05/KH-UBND applies 57-NQ/TW, self amends 05/KH-UBND
            Về việc bổ sung, cập nhật Kế hoạch số 05/KH-UBND ngày 10/01/2026 của UBND xã An Bình                        | self amends 05/KH-UBND
            Về việc sửa đổi, bổ sung Kế hoạch số 05/KH-UBND và Kế hoạch số 06/KH-UBND của UBND xã An Bình                | self amends 05/KH-UBND, self amends 06/KH-UBND
            Về bổ sung nguồn lực thực hiện Kế hoạch số 05/KH-UBND ngày 10/01/2026 của UBND xã An Bình                   | self applies 05/KH-UBND
            """)
    void theTitleSaysWhatThePlanItselfAmends(String title, String expected) {
        assertEquals(List.of(expected.split(", ")), edges(extract(title, "", "")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kế hoạch này sửa đổi, bổ sung Kế hoạch số 05/KH-UBND ngày 10/01/2026 của UBND xã An Bình.  | self amends 05/KH-UBND
            Sửa đổi, bổ sung Quy chế số 05/QC-UBND ngày 10/01/2026 của UBND xã.                        | self cites 05/QC-UBND
            Rà soát, đề xuất sửa đổi, bổ sung Quyết định số 12/QĐ-UBND của UBND tỉnh.                   | self cites 12/QĐ-UBND
            Bố trí kinh phí bổ sung cho Kế hoạch số 05/KH-UBND.                                         | self cites 05/KH-UBND
            Kế hoạch này thay thế Kế hoạch số 05/KH-UBND ngày 10/01/2026 của UBND xã An Bình.           | self replaces 05/KH-UBND
            Ban hành thay thế Quyết định số 12/QĐ-UBND của UBND tỉnh.                                   | self cites 12/QĐ-UBND
            Quyết định số 20/QĐ-UBND ngày 02/02/2026 thay thế Quyết định số 12/QĐ-UBND.                  | 20/QĐ-UBND replaces 12/QĐ-UBND, self cites 20/QĐ-UBND
            Triển khai thực hiện Kế hoạch số 07/KH-UBND ngày 10/01/2026 của UBND tỉnh.                  | self cites 07/KH-UBND
            """)
    void inTheBodyOnlyTheDocumentSpeakingOfItselfAmends(String body, String expected) {
        List<String> got = edges(extract("Về phát triển khoa học, công nghệ năm 2026", "", body));
        assertEquals(List.of(expected.split(", ")), got);
    }

    /**
     * A content amended by what it is, without a number of its own ("Chương trình hành động …", "Quy chế …"), carried by
     * the number that "ban hành kèm theo", "theo" or "ban hành tại" names: that number is amended, not the one the
     * content carries out (the title of 71/NQ-CP amends 03/NQ-CP and carries out 57-NQ/TW). As for amendments by number,
     * only the document named before the verbs, or the plan itself in its title or in words about itself, amends; a
     * task or a proposal to amend does not. Once the citing document speaks of itself in the sentence ("…, UBND xã ban
     * hành Kế hoạch …"), the words before it no longer reach the content it names: a basis described as amending
     * something does not make the plan amend what it carries out.
     */
    @ParameterizedTest(name = "[{index}] {0} / {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Sửa đổi, bổ sung, cập nhật Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW theo Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ | | | self amends 03/NQ-CP, self applies 57-NQ/TW
            Sửa đổi, bổ sung Kế hoạch triển khai thực hiện Nghị quyết số 57-NQ/TW ban hành kèm theo Quyết định số 5/QĐ-UBND ngày 10/01/2026 của UBND xã An Bình | | | self amends 5/QĐ-UBND, self applies 57-NQ/TW
            Về phát triển khoa học, công nghệ năm 2026 | Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung, cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ban hành kèm theo Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ; | | 71/NQ-CP amends 03/NQ-CP, 71/NQ-CP applies 57-NQ/TW, self based_on 71/NQ-CP
            Về phát triển khoa học, công nghệ năm 2026 | Căn cứ Quyết định số 20/QĐ-UBND ngày 02/02/2026 của UBND tỉnh sửa đổi một số nội dung của Quy chế ban hành tại Quyết định số 15/QĐ-UBND ngày 10/01/2026 của UBND tỉnh; | | 20/QĐ-UBND amends 15/QĐ-UBND, self based_on 20/QĐ-UBND
            Về phát triển khoa học, công nghệ năm 2026 | | Kế hoạch này sửa đổi, bổ sung Danh mục nhiệm vụ ban hành kèm theo Kế hoạch số 05/KH-UBND ngày 10/01/2026 của UBND xã An Bình. | self amends 05/KH-UBND
            Về phát triển khoa học, công nghệ năm 2026 | | Sửa đổi, bổ sung Quy chế làm việc của UBND xã ban hành kèm theo Quyết định số 5/QĐ-UBND ngày 10/01/2026. | self cites 5/QĐ-UBND
            Về phát triển khoa học, công nghệ năm 2026 | Căn cứ Kế hoạch số 30/KH-UBND ngày 02/02/2026 của UBND tỉnh về việc đề xuất sửa đổi, bổ sung Quy chế ban hành kèm theo Quyết định số 15/QĐ-UBND; | | self based_on 15/QĐ-UBND, self based_on 30/KH-UBND
            Về phát triển khoa học, công nghệ năm 2026 | Căn cứ Quyết định số 20/QĐ-UBND ngày 02/02/2026 của UBND tỉnh về việc sửa đổi, bổ sung Quy chế phối hợp, UBND xã ban hành Kế hoạch triển khai Chương trình hành động ban hành kèm theo Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ như sau: | | self based_on 03/NQ-CP, self based_on 20/QĐ-UBND
            Về phát triển khoa học, công nghệ năm 2026 | Căn cứ Quyết định số 20/QĐ-UBND ngày 02/02/2026 của UBND tỉnh, UBND xã ban hành Kế hoạch sửa đổi, bổ sung Danh mục nhiệm vụ ban hành kèm theo Kế hoạch số 05/KH-UBND ngày 10/01/2026 của UBND xã An Bình như sau: | | self amends 05/KH-UBND, self based_on 20/QĐ-UBND
            """)
    void aContentNamedByWhatItIsIsAmendedInTheDocumentCarryingIt(String title, String preamble, String body,
                                                                 String expected) {
        List<String> got = edges(extract(title, preamble == null ? "" : preamble, body == null ? "" : body));
        assertEquals(List.of(expected.split(", ")), got);
    }
}
