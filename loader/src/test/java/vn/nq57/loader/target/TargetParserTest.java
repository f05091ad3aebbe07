package vn.nq57.loader.target;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.*;

class TargetParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            ≥ 60            | ≥     | 60   | -  | -
            >=60%           | ≥     | 60   | -  | %
            $\\geq 70$      | ≥     | 70   | -  | -
            $\\geq 70\\%$   | ≥     | 70   | -  | %
            Tối thiểu 50%   | ≥     | 50   | -  | %
            Ít nhất 3       | ≥     | 3    | -  | -
            100             | =     | 100  | -  | -
            100%            | =     | 100  | -  | %
            66% đến 70%     | range | 66   | 70 | %
            66-70%          | range | 66   | 70 | %
            Từ 5 đến 7      | range | 5    | 7  | -
            ≤ 5             | ≤     | 5    | -  | -
            Dưới 10%        | ≤     | 10   | -  | %
            Liên thông      | text  | -    | -  | -
            Đạt             | text  | -    | -  | -
            Mức độ 4        | =     | 4    | -  | Mức độ
            1,5             | =     | 1.5  | -  | -
            1.000           | =     | 1000 | -  | -
            Top 10          | ≤     | 10   | -  | -
            trong Top 3     | ≤     | 3    | -  | -
            tăng 15% so với năm 2025 | = | 15 | - | % tăng so với năm 2025
            giảm ít nhất 10% | ≥    | 10   | -  | % giảm
            """)
    void targets(String raw, String comparator, BigDecimal value, BigDecimal max, String unit) {
        Target t = TargetParser.parse(raw);
        assertEquals(comparator, t.comparator(), raw);
        assertEquals(value == null ? null : value.stripTrailingZeros(), t.value() == null ? null : t.value().stripTrailingZeros(), raw);
        assertEquals(max == null ? null : max.stripTrailingZeros(), t.max() == null ? null : t.max().stripTrailingZeros(), raw);
        assertEquals(unit, t.unitHint(), raw);
        assertEquals(raw, t.raw());
    }

    /** A relative change is told apart so that its unit (percent of change) replaces the indicator's unit. */
    @org.junit.jupiter.api.Test
    void relativeChangeIsNotAValueInTheIndicatorsUnit() {
        assertTrue(TargetParser.isRelative("tăng 15% so với năm 2025"));
        assertFalse(TargetParser.isRelative("≥ 15%"));
    }
}
