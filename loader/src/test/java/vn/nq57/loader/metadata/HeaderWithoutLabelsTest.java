package vn.nq57.loader.metadata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.nq57.loader.read.SourceText;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Headers that leave out the labels the loader keyed on: a number without "Số:" (alone, or after the issuer and a
 * dash), a date without "ngày", or with the area named beside the place, or dashes between its figures, or no place;
 * a Markdown header cell whose lines are joined by {@code <br>}; a name in capitals holding abbreviations.
 */
class HeaderWithoutLabelsTest {
    private static DocumentMetadata of(String text) {
        return MetadataExtractor.extract(new SourceText("t.txt", "", text.lines().toList()));
    }

    private static final String BODY = "\n\nKẾ HOẠCH\nChuyển đổi số xã Hòa Bình năm 2026\n\nCăn cứ Kế hoạch số 30/KH-UBND "
            + "ngày 10/01/2026 của UBND tỉnh Ninh Bình;\nUBND xã ban hành Kế hoạch như sau:\n";

    @Test
    void numberAfterTheIssuerAndADashIsTheDocumentsOwn() {
        DocumentMetadata m = of("UBND XÃ HÒA BÌNH - 14/KH-UBND\nTỈNH NINH BÌNH\nHòa Bình, 12/6/2026" + BODY);
        assertEquals("14/KH-UBND", m.number().canonical());
        assertFalse(m.draft());
        assertEquals("UBND xã Hòa Bình", m.issuer());
        assertEquals(Levels.COMMUNE, m.issuerLevel());
        assertEquals("Hòa Bình", m.area().commune());
        assertEquals("Ninh Bình", m.area().province());
        assertEquals(LocalDate.of(2026, 6, 12), m.date());
    }

    @Test
    void numberOnItsOwnLineUnderTheIssuer() {
        DocumentMetadata m = of("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\n14/KH-UBND\nHòa Bình, ngày 12 tháng 6 năm 2026" + BODY);
        assertEquals("14/KH-UBND", m.number().canonical());
        assertFalse(m.draft());
        assertEquals("UBND xã Hòa Bình", m.issuer());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hòa Bình, 12/6/2026", "Hòa Bình, tỉnh Ninh Bình, ngày 12 tháng 6 năm 2026",
            "Xã Hòa Bình, tỉnh Ninh Bình, ngày 12 tháng 6 năm 2026", "Ngày 12 tháng 6 năm 2026",
            "Hòa Bình, ngày 12-6-2026", "Hòa Bình, 12.6.2026"})
    void dateLinesWithoutTheUsualShape(String dateLine) {
        DocumentMetadata m = of("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 14/KH-UBND\n" + dateLine + BODY);
        assertEquals(LocalDate.of(2026, 6, 12), m.date(), m.checks().toString());
        assertTrue(m.checks().stream().noneMatch(c -> c.startsWith("date")), m.checks().toString());
    }

    @Test
    void anImpossibleDateInFiguresIsStillACheck() {
        DocumentMetadata m = of("ỦY BAN NHÂN DÂN\nXÃ HÒA BÌNH\nSố: 14/KH-UBND\nHòa Bình, 31/02/2026" + BODY);
        assertNull(m.date());
        assertEquals(2026, m.year());
        assertTrue(m.checks().stream().anyMatch(c -> c.contains("not a calendar date")), m.checks().toString());
    }

    @Test
    void aMarkdownHeaderCellWithBreaksNamesADepartmentUnderItsProvince() {
        DocumentMetadata m = of("| UBND TỈNH NINH BÌNH<br>**SỞ TÀI CHÍNH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>"
                + "**Độc lập - Tự do - Hạnh phúc** |\n|---|---|\n| Số: 77/KH-STC | *Ninh Bình, ngày 02/4/2026* |\n\n"
                + "**KẾ HOẠCH**\n\n**Chuyển đổi số năm 2026**\n");
        assertEquals("Sở Tài chính tỉnh Ninh Bình", m.issuer());
        assertEquals(Levels.PROVINCE, m.issuerLevel());
        assertEquals("77/KH-STC", m.number().canonical());
        assertEquals(LocalDate.of(2026, 4, 2), m.date());
    }

    @Test
    void aCommitteeAbbreviatedInTheHeaderKeepsUbnd() {
        DocumentMetadata m = of("UBND PHƯỜNG NAM SƠN          Số: 21/KH-UBND\nTHÀNH PHỐ HẢI PHÒNG\nNam Sơn, ngày 03 tháng 3 năm 2026"
                + "\n\nKẾ HOẠCH\nChuyển đổi số năm 2026\n");
        assertEquals("UBND phường Nam Sơn", m.issuer());
    }

    @Test
    void abbreviationsInANameInCapitalsStayInCapitals() {
        assertEquals("Ban Chỉ đạo về phát triển KHCN, ĐMST và CĐS xã Hòa Bình",
                IssuerNames.runningCase("BAN CHỈ ĐẠO VỀ PHÁT TRIỂN KHCN, ĐMST VÀ CĐS XÃ HÒA BÌNH"));
    }
}
