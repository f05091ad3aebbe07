package vn.nq57.loader.metadata;

import org.junit.jupiter.api.Test;
import vn.nq57.loader.reference.DocumentKind;
import vn.nq57.loader.reference.Seeds;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class MetadataExtractorTest {

    private static DocumentMetadata of(String file) { return MetadataExtractor.extract(Seeds.read(file)); }

    @Test
    void appendixOfACommunePlan() {
        DocumentMetadata m = of(Seeds.APPENDIX_130);
        assertEquals("Appendix", m.kind());
        assertEquals("130/KH-UBND", m.appendixOf().number().canonical());
        assertEquals(LocalDate.of(2026, 4, 28), m.appendixOf().date());
        assertEquals(DocumentKind.PLAN, m.appendixOf().kind());
        assertEquals("UBND xã", m.appendixOf().issuer());
        assertEquals("commune", m.issuerLevel());
        assertNull(m.area().province(), "the appendix names no province");
        assertTrue(m.title().startsWith("DANH MỤC CÁC NHIỆM VỤ"));
    }

    @Test
    void tanLoiDraftPlan() {
        DocumentMetadata m = of(Seeds.TAN_LOI);
        assertEquals("Plan", m.kind());
        assertEquals("KH", m.kindCode());
        assertTrue(m.number().blank());
        assertEquals("/KH-UBND", m.numberRaw());
        assertTrue(m.draft());
        assertNull(m.date());
        assertEquals(2026, m.year());
        assertEquals(3, m.month());
        assertEquals("UBND xã Tân Lợi", m.issuer());
        assertEquals(new Area("Đồng Nai", null, "Tân Lợi", "commune"), m.area());
        assertTrue(m.title().startsWith("Triển khai thực hiện Nghị quyết số 57-NQ/TW"));
        assertTrue(m.title().endsWith("năm 2026"));
        assertEquals(3, m.span().start());
        assertEquals(9, m.span().end());
    }

    @Test
    void trungHoiMarkdownPlan() {
        DocumentMetadata m = of(Seeds.TRUNG_HOI);
        assertEquals("Plan", m.kind());
        assertTrue(m.draft());
        assertEquals(2025, m.year());
        assertEquals("UBND xã Trung Hội", m.issuer());
        assertEquals(new Area("Thái Nguyên", "Định Hóa", "Trung Hội", "commune"), m.area());
        assertTrue(m.title().startsWith("Kế hoạch đột phá phát triển"), m.title());
        assertFalse(m.title().contains("*"));
    }

    @Test
    void caoMinhTakesItsDateFromItsAppendixCaption() {
        DocumentMetadata m = of(Seeds.CAO_MINH);
        assertEquals("Plan", m.kind());
        assertEquals(LocalDate.of(2026, 1, 30), m.date());
        assertTrue(m.number().blank());
        assertEquals("UBND xã Cao Minh", m.issuer());
        assertEquals(new Area("Thái Nguyên", null, "Cao Minh", "commune"), m.area());
    }

    @Test
    void quangNgaiProvinceDraft() {
        DocumentMetadata m = of(Seeds.QUANG_NGAI);
        assertEquals("Plan", m.kind());
        assertTrue(m.draft());
        assertTrue(m.number().blank());
        assertEquals(2025, m.year());
        assertEquals(10, m.month());
        assertNull(m.date());
        assertEquals("UBND tỉnh Quảng Ngãi", m.issuer());
        assertEquals("province", m.issuerLevel());
        assertEquals("Quảng Ngãi", m.area().province());
    }

    @Test
    void ministryDecisionIssuingAPlan() {
        DocumentMetadata m = of(Seeds.QD877);
        assertEquals("Decision", m.kind());
        assertEquals("QĐ", m.kindCode());
        assertEquals("877/QĐ-BTP", m.number().canonical());
        assertFalse(m.draft());
        assertEquals(LocalDate.of(2025, 3, 3), m.date());
        assertEquals("Bộ Tư pháp", m.issuer());
        assertEquals("ministry", m.issuerLevel());
        assertEquals(DocumentKind.PLAN, m.issues().kind());
        assertTrue(m.issues().title().startsWith("Kế hoạch thực hiện Nghị quyết số 03/NQ-CP"));
        assertTrue(m.title().startsWith("Về việc ban hành Kế hoạch"));
    }

    @Test
    void partialDates() {
        assertEquals(new PartialDate(null, 3, 2026), PartialDate.find("Tân Lợi, ngày   tháng 3 năm 2026").orElseThrow());
        assertEquals(LocalDate.of(2025, 3, 3), PartialDate.find("ngày 03 tháng 3 năm 2025").orElseThrow().toLocalDate().orElseThrow());
        assertEquals(new PartialDate(null, null, 2025), PartialDate.find("ngày / /2025").orElseThrow());
        assertEquals(new PartialDate(null, 10, 2025), PartialDate.find("ngày        /10/2025").orElseThrow());
        assertEquals(LocalDate.of(2026, 4, 28), PartialDate.find("ngày 28/4/2026").orElseThrow().toLocalDate().orElseThrow());
    }
}
