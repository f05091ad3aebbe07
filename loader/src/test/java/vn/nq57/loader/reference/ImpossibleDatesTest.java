package vn.nq57.loader.reference;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import vn.nq57.loader.Loader;
import vn.nq57.loader.metadata.MetadataExtractor;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.report.DocumentReport;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A cited document's date later than the citing document's own is a typo ("57-NQ/TW, ngày 22/12/2025" in a plan of
 * March 2025): it makes no second document of another year, and the report says so.
 */
class ImpossibleDatesTest {
    private static final List<String> TYPO = List.of("ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK", "Số: 57/KH-UBND",
            "Đắk Lắk, ngày 14 tháng 3 năm 2025", "", "KẾ HOẠCH", "Chuyển đổi số năm 2025", "",
            "Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2025 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ;",
            "Căn cứ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ;", "", "I. MỤC ĐÍCH", "Nâng cao nhận thức.");
    private static final List<String> RIGHT = List.of("ỦY BAN NHÂN DÂN", "TỈNH PHÚ YÊN", "Số: 31/KH-UBND",
            "Phú Yên, ngày 02 tháng 4 năm 2025", "", "KẾ HOẠCH", "Khoa học, công nghệ năm 2025", "",
            "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ;",
            "", "I. MỤC ĐÍCH", "Nâng cao nhận thức.");

    @Test
    void aCitedDateAfterTheCitingDocumentsOwnIsDroppedFromIdentityAndChecked() throws Exception {
        SourceText src = new SourceText("typo.txt", "", TYPO);
        List<Reference> refs = ReferenceExtractor.extract(src, MetadataExtractor.extract(src));
        Reference nq57 = refs.stream().filter(r -> r.number().canonical().equals("57-NQ/TW")).findFirst()
                .orElseThrow(() -> new AssertionError(refs.toString()));
        assertNull(nq57.date());
        assertEquals(LocalDate.of(2025, 12, 22), nq57.impossibleDate());
        assertTrue(nq57.quote().contains("ngày 22/12/2025"), "the quote keeps what the text says");
        Reference decision = refs.stream().filter(r -> r.number().canonical().equals("06/QĐ-TTg")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2022, 1, 6), decision.date());
        assertNull(decision.impossibleDate());

        Loader.Run run = new Loader().parseTexts(List.of(src, new SourceText("right.txt", "", RIGHT)));
        List<String> resolutions = run.dataset().getUnionGraph().find(Node.ANY, Node.ANY, Node.ANY).toList().stream()
                .map(t -> t.getSubject().isURI() ? t.getSubject().getURI() : "").filter(s -> s.endsWith("/57-nq-tw"))
                .distinct().toList();
        assertEquals(1, resolutions.size(), resolutions.toString());
        assertTrue(resolutions.getFirst().contains("/2024/"), resolutions.toString());
        DocumentReport report = run.report().documents().stream().filter(d -> d.file().equals("typo.txt")).findFirst().orElseThrow();
        assertTrue(report.checks().stream().anyMatch(c -> c.startsWith("57-NQ/TW is cited with the date 22/12/2025")),
                report.checks().toString());
    }
}
