package vn.nq57.loader.deadline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DeadlineParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            31/12/2025                    | DATE        | 2025-12-31 | 2025-12-31
            Trước 30/6/2026               | DATE        | 2026-06-30 | 2026-06-30
            Tháng 6/2026                  | MONTH       | 2026-06-01 | 2026-06-30
            tháng 6 năm 2026              | MONTH       | 2026-06-01 | 2026-06-30
            trước ngày 30 tháng 6 năm 2027 | DATE       | 2027-06-30 | 2027-06-30
            ngày 15 tháng 9               | DATE        | 2026-09-15 | 2026-09-15
            Quý II/2026                   | QUARTER     | 2026-04-01 | 2026-06-30
            Quý IV                        | QUARTER     | 2026-10-01 | 2026-12-31
            Quý 1V/2024                   | QUARTER     | 2024-10-01 | 2024-12-31
            Quý II và quý III năm 2026    | RANGE       | 2026-04-01 | 2026-09-30
            Năm 2026                      | YEAR        | 2026-01-01 | 2026-12-31
            2026-2030                     | RANGE       | 2026-01-01 | 2030-12-31
            Giai đoạn 2026 - 2030         | RANGE       | 2026-01-01 | 2030-12-31
            Thường xuyên                  | RECURRING   | -          | -
            Nhiệm vụ thường xuyên         | RECURRING   | -          | -
            Hằng năm                      | RECURRING   | -          | -
            Hàng năm                      | RECURRING   | -          | -
            Sau khi Đề án được ban hành   | CONDITIONAL | -          | -
            ''                            | UNKNOWN     | -          | -
            Năm 2026 (Đã hoàn thành)      | YEAR        | 2026-01-01 | 2026-12-31
            10/2026                       | MONTH       | 2026-10-01 | 2026-10-31
            01/2025                       | MONTH       | 2025-01-01 | 2025-01-31
            6/2025 - 9/2025               | RANGE       | 2025-06-01 | 2025-09-30
            Theo tiến độ triển khai của các bộ, ngành | CONDITIONAL | - | -
            Theo nhiệm vụ được giao tại Kế hoạch số 230-KH/TU | CONDITIONAL | - | -
            Theo lộ trình của tỉnh        | CONDITIONAL | -          | -
            Sai khi tình triển khai       | CONDITIONAL | -          | -
            Khi có đề nghị                | CONDITIONAL | -          | -
            Quý III, IV/2026              | RANGE       | 2026-07-01 | 2026-12-31
            Quý I-II/2026                 | RANGE       | 2026-01-01 | 2026-06-30
            Quý 1 - 2 năm 2027            | RANGE       | 2027-01-01 | 2027-06-30
            Quý III/2026 - Quý I/2027     | RANGE       | 2026-07-01 | 2027-03-31
            Quý IV/2026 và quý I/2027     | RANGE       | 2026-10-01 | 2027-03-31
            6 tháng đầu năm 2026          | RANGE       | 2026-01-01 | 2026-06-30
            6 tháng cuối năm 2026         | RANGE       | 2026-07-01 | 2026-12-31
            Sáu tháng cuối năm            | RANGE       | 2026-07-01 | 2026-12-31
            Từ tháng 3 đến tháng 6/2026   | RANGE       | 2026-03-01 | 2026-06-30
            Tháng 7 - 9/2026              | RANGE       | 2026-07-01 | 2026-09-30
            Tháng 11/2026 - tháng 2/2027  | RANGE       | 2026-11-01 | 2027-02-28
            Tháng 6-2026                  | MONTH       | 2026-06-01 | 2026-06-30
            Trước ngày 31/02/2026         | UNKNOWN     | -          | -
            """)
    void kinds(String raw, Deadline.Kind kind, LocalDate start, LocalDate end) {
        Deadline d = DeadlineParser.parse(raw, 2026);
        assertEquals(kind, d.kind(), raw);
        assertEquals(start, d.start(), raw);
        assertEquals(end, d.end(), raw);
        assertEquals(raw != null && raw.contains("hoàn thành"), d.completed());
    }

    @Test
    void aDateNoCalendarHasIsNamed() {
        assertEquals(List.of("31/02/2026"), DeadlineParser.impossibleDates("Trước ngày 31/02/2026", 2026));
        assertEquals(List.of("31/4/2026"), DeadlineParser.impossibleDates("ngày 31 tháng 4 năm 2026", 2026));
        assertEquals(List.of(), DeadlineParser.impossibleDates("Trước 30/6/2026", 2026));
        assertEquals(List.of(), DeadlineParser.impossibleDates("Quý III/2026 - Quý I/2027", 2026));
        assertEquals(List.of(), DeadlineParser.impossibleDates(null, 2026));
    }
}
