package vn.nq57.loader.unit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class UnitNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Phòng Văn hóa – Xã hội", "Phòng Văn hoá – Xã hội xã", "Văn hóa xã hội", "VH-XH",
            "Phòng VH-XH", "phòng văn hóa - xã hội", "Văn hóa – xã hội"})
    void variantsShareAKey(String variant) {
        assertEquals(UnitNames.canonicalKey("Phòng Văn hóa - Xã hội"), UnitNames.canonicalKey(variant));
    }

    @Test
    void differentUnitsDiffer() {
        assertNotEquals(UnitNames.canonicalKey("Phòng Kinh tế"), UnitNames.canonicalKey("Phòng Văn hóa - Xã hội"));
        assertNotEquals(UnitNames.canonicalKey("Văn phòng HĐND và UBND"), UnitNames.canonicalKey("Phòng Kinh tế"));
        assertEquals(UnitNames.canonicalKey("Văn phòng HĐND và UBND"), UnitNames.canonicalKey("VP HĐND - UBND"));
    }

    @Test
    void displayNameIsTheMostCompleteInTraditionalToneStyle() {
        assertEquals("Phòng Văn hóa - Xã hội",
                UnitNames.displayName(List.of("VH-XH", "Văn hóa xã hội", "Phòng Văn hoá – Xã hội xã")));
        assertEquals("Ủy ban nhân dân", UnitNames.displayName("Uỷ ban nhân dân"));
    }

    @Test
    void tonePlacement() {
        assertEquals("hóa khỏe thủy ủy quý hoàn thuế", UnitNames.traditionalTones("hoá khoẻ thuỷ uỷ quý hoàn thuế"));
    }

    @Test
    void splitsOnUnitBoundariesOnly() {
        assertEquals(List.of("Phòng Văn hóa - Xã hội", "Phòng Kinh tế"), UnitNames.split("Phòng Văn hóa - Xã hội; Phòng Kinh tế"));
        assertEquals(List.of("Phòng Kinh tế", "Văn phòng HĐND và UBND"), UnitNames.split("Phòng Kinh tế, Văn phòng HĐND và UBND"));
        assertEquals(List.of("Bộ Khoa học và Công nghệ"), UnitNames.split("Bộ Khoa học và Công nghệ"));
        assertEquals(List.of("Các cơ quan, đơn vị liên quan"), UnitNames.split("Các cơ quan, đơn vị liên quan"));
        assertEquals(List.of("Các phòng, ban, đơn vị"), UnitNames.split("Các phòng, ban, đơn vị"));
        assertEquals(List.of("Phòng Kinh tế", "các ngành, đơn vị có liên quan"),
                UnitNames.split("Phòng Kinh tế và các ngành, đơn vị có liên quan"));
        assertEquals(List.of("Công an xã", "Trạm Y tế"), UnitNames.split("Công an xã\nTrạm Y tế"));
        assertEquals(List.of("Phòng Kinh tế", "Phòng Văn hóa - Xã hội"), UnitNames.split("Phòng Kinh tế và Phòng Văn hóa - Xã hội"));
    }

    @Test
    void collectives() {
        assertTrue(UnitNames.isCollective("Các cơ quan, đơn vị liên quan"));
        assertTrue(UnitNames.isCollective("các ngành, đơn vị có liên quan"));
        assertFalse(UnitNames.isCollective("Phòng Văn hóa - Xã hội"));
        assertFalse(UnitNames.isCollective("Văn phòng HĐND và UBND"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Trưởng phòng Văn hóa - Xã hội          | Phòng Văn hóa - Xã hội
            Chánh Văn phòng HĐND và UBND           | Văn phòng HĐND và UBND
            Giám đốc Trung tâm dịch vụ công ích    | Trung tâm dịch vụ công ích
            Trưởng Công an xã                      | Công an xã
            Chủ tịch                               | -
            """)
    void posts(String head, String unit) {
        Post p = Post.parse(head).orElseThrow();
        assertEquals(head, p.label());
        assertEquals(unit, p.unit());
    }
}
