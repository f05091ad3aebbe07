package vn.nq57.loader.deadline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

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
            """)
    void kinds(String raw, Deadline.Kind kind, LocalDate start, LocalDate end) {
        Deadline d = DeadlineParser.parse(raw, 2026);
        assertEquals(kind, d.kind(), raw);
        assertEquals(start, d.start(), raw);
        assertEquals(end, d.end(), raw);
        assertEquals(raw != null && raw.contains("hoàn thành"), d.completed());
    }
}
