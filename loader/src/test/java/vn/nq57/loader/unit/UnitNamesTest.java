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
        // the nation's bodies: a comma inside one's name (03/NQ-CP), two run together by a wrapped PDF cell
        assertEquals(List.of("Bộ Khoa học, Công nghệ", "Bộ Thông tin và Truyền thông", "Bộ Kế hoạch và Đầu tư",
                "các địa phương"), UnitNames.split("Bộ Khoa học, Công nghệ, Bộ Thông tin và Truyền thông, Bộ Kế hoạch và Đầu tư và các địa phương"));
        assertEquals(List.of("Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"),
                UnitNames.split("Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ"));
        assertEquals(List.of("Bộ Tài chính", "Bộ Công an", "Bộ Y tế"), UnitNames.split("Bộ Tài chính Bộ Công an Bộ Y tế"));
        // a dash-listed cell whose lines ran together, and a dash inside a name that no list mark opens
        assertEquals(List.of("Các đơn vị thuộc Bộ", "Các đơn vị chuyên trách về An toàn thông tin"),
                UnitNames.split("- Các đơn vị thuộc Bộ - Các đơn vị chuyên trách về An toàn thông tin"));
        assertEquals(List.of("Phòng Văn hóa - Xã hội"), UnitNames.split("Phòng Văn hóa - Xã hội"));
        // a plural's list of kinds goes on after its comma: "các bộ, ngành liên quan" is one phrase
        assertEquals(List.of("Cục Quản lý hành chính thuộc lĩnh vực của các bộ, ngành liên quan"),
                UnitNames.split("Cục Quản lý hành chính thuộc lĩnh vực của các bộ, ngành liên quan"));
        // an abbreviation written with "&" for "và" holds its comma; names after a comma without a space are still two
        assertEquals(List.of("Tổ đảng ở Thường trực Ủy ban KH,CN&MT"), UnitNames.split("Tổ đảng ở Thường trực Ủy ban KH,CN&MT"));
        assertEquals(List.of("Sở KH&CN", "Sở TT&TT"), UnitNames.split("Sở KH&CN,Sở TT&TT"));
        assertEquals(List.of("Phòng VHXH", "Công an xã"), UnitNames.split("Phòng VHXH,Công an xã"));
        // and nothing else is cut where no separator stands
        assertEquals(List.of("Văn phòng HĐND và UBND xã"), UnitNames.split("Văn phòng HĐND và UBND xã"));
        assertEquals(List.of("Bộ Tài chính Phòng Kinh tế"), UnitNames.split("Bộ Tài chính Phòng Kinh tế"));
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
            Bộ trưởng Bộ Tư pháp                   | Bộ Tư pháp
            """)
    void posts(String head, String unit) {
        Post p = Post.parse(head).orElseThrow();
        assertEquals(head, p.label());
        assertEquals(unit, p.unit());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Phòng Kinh tế, Hạ tầng và Đô thị xã                          | Phòng Kinh tế, Hạ tầng và Đô thị xã
            Văn phòng HĐND và UBND xã                                    | Văn phòng HĐND và UBND xã
            Sở Văn hóa, Thể thao và Du lịch, Sở Tài chính               | Sở Văn hóa, Thể thao và Du lịch / Sở Tài chính
            Trung tâm Phục vụ hành chính công; Phòng Kinh tế, Hạ tầng và Đô thị xã | Trung tâm Phục vụ hành chính công / Phòng Kinh tế, Hạ tầng và Đô thị xã
            Phòng Văn hóa - Xã hội và Phòng Kinh tế                      | Phòng Văn hóa - Xã hội / Phòng Kinh tế
            Bộ Khoa học và Công nghệ, Bộ Thông tin và Truyền thông      | Bộ Khoa học và Công nghệ / Bộ Thông tin và Truyền thông
            Văn phòng thống kê, văn hóa xã hội                           | Văn phòng thống kê / văn hóa xã hội
            Công an xã, quân sự xã                                       | Công an xã / quân sự xã
            Văn hóa xã hội, Địa chính xây dựng                          | Văn hóa xã hội / Địa chính xây dựng
            Các cơ quan, đơn vị liên quan                                | Các cơ quan, đơn vị liên quan
            Trung tâm văn hóa, thể thao                                  | Trung tâm văn hóa, thể thao
            Đảng ủy Bộ lãnh đạo, chỉ đạo thực hiện                       | Đảng ủy Bộ
            Cục Kiểm tra văn bản tổng hợp trên cơ sở kết quả rà soát     | Cục Kiểm tra văn bản
            Ban Chỉ đạo chuyển đổi số; Viện Nghiên cứu lập pháp          | Ban Chỉ đạo chuyển đổi số / Viện Nghiên cứu lập pháp
            Thường trực Ban chỉ đạo chuyển đổi số xã                     | Thường trực Ban chỉ đạo chuyển đổi số xã
            Vụ Công tác xây dựng văn bản quy phạm pháp luật              | Vụ Công tác xây dựng văn bản quy phạm pháp luật
            Tổ công tác triển khai Đề án 06 xã                           | Tổ công tác triển khai Đề án 06 xã
            Các cơ quan chủ trì quản lý nền tảng số                      | Các cơ quan chủ trì quản lý nền tảng số
            Cục Công nghệ thông tin; và các đơn vị có liên quan          | Cục Công nghệ thông tin / các đơn vị có liên quan
            """)
    void oneBodyStaysOneAndListsSplit(String cell, String expected) {
        assertEquals(List.of(expected.split(" / ")), UnitNames.split(cell));
    }

    @Test
    void abbreviationsKeepTheirDashAndNamesGetSpacedOnes() {
        assertEquals("Phòng KH-TH", UnitNames.displayName("Phòng KH-TH"));
        assertEquals("Phòng Văn hóa - Xã hội", UnitNames.displayName("Phòng Văn hoá–Xã hội"));
        assertEquals("Bộ Lao động - Thương binh và Xã hội", UnitNames.displayName("Bộ Lao động – Thương binh và Xã hội"));
    }

    @Test
    void bodiesAreToldFromNotes() {
        assertTrue(UnitNames.readsAsUnitName("Sở Tài chính"));
        assertTrue(UnitNames.readsAsUnitName("Các xã, phường"));
        assertTrue(UnitNames.readsAsUnitName("Đảng đoàn Quốc hội"));
        assertFalse(UnitNames.readsAsUnitName("Theo Kế hoạch số 12/KH-UBND"));
        assertFalse(UnitNames.readsAsUnitName("Ban hành trước 30/6/2026"));
        assertFalse(UnitNames.readsAsUnitName("Đã trình UBND xã"));
    }

    /** A comma inside a name's run of abbreviations ("KH,CN&MT") joins them; one before a name's word splits. */
    @Test
    void aCommaBetweenAbbreviationsWithoutASpaceStaysInTheName() {
        assertEquals(List.of("Chi bộ Thường trực Ban KH,CN&ĐMST"), UnitNames.split("Chi bộ Thường trực Ban KH,CN&ĐMST"));
        assertEquals(List.of("Tổ công tác KT,XH", "Sở Tài chính"), UnitNames.split("Tổ công tác KT,XH, Sở Tài chính"));
        assertEquals(List.of("Văn phòng UBND", "Công an xã"), UnitNames.split("Văn phòng UBND,Công an xã"));
    }

    /** A comma inside a unit's name: the field after it ("Viễn thông") is no unit by itself; a unit after a comma still is. */
    @Test
    void aFieldAfterACommaStaysInTheName() {
        assertEquals(List.of("Phòng Bưu chính, Viễn thông"), UnitNames.split("Phòng Bưu chính, Viễn thông"));
        assertEquals(List.of("Phòng Bưu chính, Viễn thông", "Sở Tài chính"),
                UnitNames.split("Phòng Bưu chính, Viễn thông; Sở Tài chính"));
        assertEquals(List.of("Sở Tư pháp", "Công an tỉnh"), UnitNames.split("Sở Tư pháp, Công an tỉnh"));
        assertEquals(List.of("Phòng Kinh tế", "Viettel"), UnitNames.split("Phòng Kinh tế, Viettel"));
    }
}
