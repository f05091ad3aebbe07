package vn.nq57.loader.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A province-level area is labelled with its level word, a city's "thành phố", whichever body names it. */
class ProvinceLabelTest {

    @ParameterizedTest(name = "{0}, {1} → {2}")
    @CsvSource({
        "Quảng Ngãi, UBND tỉnh Quảng Ngãi, tỉnh Quảng Ngãi",
        "Đồng Nai, Ban Thường vụ Tỉnh ủy Đồng Nai, tỉnh Đồng Nai",
        "Huế, UBND Thành phố Huế, thành phố Huế",
        "Hồ Chí Minh, UBND thành phố, thành phố Hồ Chí Minh",
        "Hà Nội, Ban Thường vụ Thành ủy Hà Nội, thành phố Hà Nội",
        "Thái Nguyên, , tỉnh Thái Nguyên"
    })
    void theLevelWordOfTheBodyNamingIt(String province, String issuer, String label) {
        assertEquals(label, Scope.provinceLabel(province, issuer));
    }
}
