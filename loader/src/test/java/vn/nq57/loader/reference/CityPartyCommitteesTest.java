package vn.nq57.loader.reference;

import org.junit.jupiter.api.Test;
import vn.nq57.loader.metadata.Levels;
import vn.nq57.loader.metadata.MetadataExtractor;
import vn.nq57.loader.read.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A city under the centre (Hà Nội, Đà Nẵng, Cần Thơ …) has a Thành ủy, its Party committee of a province's rank; a
 * Party committee's standing board ("Ban Thường vụ") is not a ministry's department ("Vụ …").
 */
class CityPartyCommitteesTest {

    @Test
    void aCitysPartyCommitteeIsOfTheProvincesLevel() {
        assertEquals(Levels.PROVINCE, Levels.ofName("Ban Thường vụ Thành ủy Đà Nẵng"));
        assertEquals(Levels.PROVINCE, Levels.ofName("Thành ủy Cần Thơ"));
        assertNull(Levels.ofName("Ban Thường vụ Đảng ủy"), "a standing board of a committee the name does not place");
        assertEquals(Levels.MINISTRY, Levels.ofName("Vụ Pháp chế"));
    }

    @Test
    void aCityPlanBasedOnItsThanhUysResolutionPlacesItInTheCity() {
        SourceText src = new SourceText("t.txt", "", """
                ỦY BAN NHÂN DÂN
                THÀNH PHỐ ĐÀ NẴNG
                Số: 64/KH-UBND
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Đà Nẵng, ngày 18 tháng 4 năm 2025
                KẾ HOẠCH
                Chuyển đổi số thành phố Đà Nẵng năm 2025
                Căn cứ Nghị quyết số 12-NQ/TU ngày 05/3/2025 của Ban Thường vụ Thành ủy về chuyển đổi số thành phố;
                Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:
                I. MỤC TIÊU
                """.lines().toList());
        List<Reference> refs = ReferenceExtractor.extract(src, MetadataExtractor.extract(src));
        Reference nq = refs.stream().filter(r -> r.number().canonical().equals("12-NQ/TU")).findFirst().orElseThrow();
        assertEquals(Relation.BASED_ON, nq.relation());
        assertEquals(Levels.PROVINCE, nq.issuerLevel(), nq.toString());
        assertTrue(nq.issuer().startsWith("Ban Thường vụ Thành ủy"), nq.issuer());
    }
}
