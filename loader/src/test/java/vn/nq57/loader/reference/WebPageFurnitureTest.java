package vn.nq57.loader.reference;

import org.junit.jupiter.api.Test;
import vn.nq57.loader.metadata.DocumentMetadata;
import vn.nq57.loader.metadata.MetadataExtractor;
import vn.nq57.loader.read.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What a web page prints around the document it shows is not the document: its title line above the header, its own
 * date ("Thứ ba, ngày …"), a "DỰ THẢO" stamp.
 */
class WebPageFurnitureTest {
    private static SourceText text(String s) {
        return new SourceText("t.txt", "", s.lines().toList());
    }

    @Test
    void aWebsitesTitleLineAboveTheHeaderIsNoEvidenceOfWhatTheDocumentsOwnTitleSays() {
        SourceText src = text("""
                Kế hoạch 77/KH-UBND năm 2025 thực hiện Nghị quyết 11/NQ-CP và Nghị quyết 09-NQ/TU về chuyển đổi số tỉnh Phú Yên
                | Số hiệu | 77/KH-UBND |
                | Ngày ban hành | 12/06/2025 |
                ỦY BAN NHÂN DÂN
                TỈNH PHÚ YÊN
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Số: 77/KH-UBND
                Phú Yên, ngày 12 tháng 6 năm 2025
                KẾ HOẠCH
                Thực hiện Nghị quyết số 11/NQ-CP ngày 20/01/2025 của Chính phủ và Nghị quyết số 09-NQ/TU ngày 02/4/2025 của Ban Thường vụ Tỉnh ủy về chuyển đổi số
                I. MỤC ĐÍCH, YÊU CẦU
                """);
        DocumentMetadata m = MetadataExtractor.extract(src);
        assertEquals(4, m.ownTextFrom(), "the document begins at its header");
        List<Reference> refs = ReferenceExtractor.extract(src, m);
        for (Reference r : refs) {
            assertEquals(Relation.APPLIES, r.relation(), r.toString());
            assertEquals(10, r.span().start(), "read in the document's own title: " + r);
        }
        assertEquals(2, refs.size(), refs.toString());
    }

    @Test
    void aPagesWeekdayDateAndADraftStampAreNotTheDocumentsDateAndIssuer() {
        DocumentMetadata m = MetadataExtractor.extract(text("""
                Bỏ qua nội dung chính
                Chủ nhật, ngày 14/03/2021

                Góp ý dự thảo văn bản quy phạm pháp luật

                 DỰ THẢO

                QUYẾT ĐỊNH
                Về việc ban hành Chương trình chuyển đổi số ngành y tế
                """));
        assertNull(m.date(), "the page's date");
        assertNull(m.year());
        assertNull(m.issuer(), "a draft stamp names nobody");
        assertTrue(m.draft());
        assertEquals("QĐ", m.kindCode());
    }

    @Test
    void aLettersWeekdayLineDoesNotEndItsHeader() {
        DocumentMetadata m = MetadataExtractor.extract(text("""
                Thứ sáu, ngày 07/11/2025
                BỘ NỘI VỤ
                Số: 5120/BNV-CQĐP
                V/v hướng dẫn chuyển đổi số
                Hà Nội, ngày 04 tháng 11 năm 2025
                Kính gửi: Ủy ban nhân dân các tỉnh.
                """));
        assertEquals(java.time.LocalDate.of(2025, 11, 4), m.date());
        assertEquals("Bộ Nội vụ", m.issuer());
    }

    @Test
    void aDocumentTheLeadNamesDoesNotCiteItself() {
        SourceText src = text("""
                Nghị quyết số 31-NQ/TU ngày 14/9/2023 ban hành bởi Tỉnh Ủy Bến Tre về phát triển kinh tế số tỉnh Bến Tre đến năm 2030.
                I- Tình hình và nguyên nhân
                - Thời gian qua, tỉnh đã triển khai Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị.
                """);
        List<Reference> refs = ReferenceExtractor.extract(src, MetadataExtractor.extract(src));
        assertEquals(List.of("52-NQ/TW"), refs.stream().map(r -> r.number().canonical()).toList());
    }
}
