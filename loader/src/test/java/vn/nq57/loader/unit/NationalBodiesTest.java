package vn.nq57.loader.unit;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** The nation's bodies known by any spelling of their names, and nothing local taken for one. */
class NationalBodiesTest {

    @Test
    void aMinistryIsKnownByEverySpellingOfItsName() {
        for (String spelling : new String[] {"Bộ Khoa học và Công nghệ", "Bộ KH&CN", "Bộ Khoa học và công nghệ",
                "BỘ KHOA HỌC VÀ CÔNG NGHỆ", "Bộ Khoa học - Công nghệ", "Bo\u0323\u0302 Khoa ho\u0323c va\u0300 Co\u0302ng nghe\u0323\u0302"})
            assertEquals(Optional.of("Bộ Khoa học và Công nghệ"), NationalBodies.officialName(spelling), spelling);
        assertEquals(Optional.of("Bộ Văn hóa, Thể thao và Du lịch"), NationalBodies.officialName("Bộ Văn hoá, Thể thao và Du lịch"));
        assertEquals(Optional.of("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
                NationalBodies.officialName("Uỷ ban Trung ương MTTQ Việt Nam"));
        assertEquals(Optional.of("Ngân hàng Nhà nước Việt Nam"), NationalBodies.officialName("Ngân hàng Nhà nước"));
        // 03/NQ-CP names the Academy with and without "Việt Nam" (lines 445 and 478)
        assertEquals(Optional.of("Viện Hàn lâm Khoa học và Công nghệ Việt Nam"),
                NationalBodies.officialName("Viện Hàn lâm Khoa học và Công nghệ"));
    }

    @Test
    void localBodiesGroupsAndPartialNamesAreNotTheNations() {
        for (String name : new String[] {"Sở Khoa học và Công nghệ", "Phòng Văn hóa - Xã hội", "Bộ Chỉ huy Quân sự tỉnh",
                "Công an xã", "Các bộ, ngành, địa phương", "Bộ Khoa học", "Ủy ban nhân dân tỉnh", "Văn phòng", "", null})
            assertEquals(Optional.empty(), NationalBodies.officialName(name), String.valueOf(name));
    }
}
