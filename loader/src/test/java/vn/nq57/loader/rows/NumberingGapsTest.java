package vn.nq57.loader.rows;

import org.junit.jupiter.api.Test;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.table.TableReader;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A table whose numbered rows skip numbers is reported: a page of a scan lost, a copy cut at its top. */
class NumberingGapsTest {

    private static final String HEAD = """
            ĐẢNG ỦY XÃ AN BÌNH
            Số 12-KH/ĐU
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            An Bình, ngày 15 tháng 4 năm 2026
            KẾ HOẠCH
            Số hóa hồ sơ năm 2026
            Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.
            II. NHIỆM VỤ
            TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành
            """;

    private static List<String> gaps(String rows) {
        SourceText src = new SourceText("t.txt", "", (HEAD + rows).lines().toList());
        return NumberingGaps.of(RowExtractor.extract(src, TableReader.read(src)), src);
    }

    private static String row(int n, String name) {
        return n + "\t" + name + "\tVăn phòng Đảng ủy\tQuý II/2026\n";
    }

    @Test
    void aWholeRunHasNoGap() {
        assertEquals(List.of(), gaps(row(1, "Rà soát thủ tục") + row(2, "Số hóa hồ sơ") + row(3, "Tập huấn cán bộ")));
    }

    @Test
    void aTableStartingPastOneIsMissingItsFirstRows() {
        List<String> got = gaps(row(5, "Rà soát thủ tục") + row(6, "Số hóa hồ sơ"));
        assertEquals(1, got.size(), got.toString());
        assertTrue(got.getFirst().startsWith("rows 1–4 of a table are missing: its numbering starts at 5 (line 10)"),
                got.toString());
    }

    @Test
    void aNumberSkippedInsideTheTableIsReportedWithBothNeighbours() {
        List<String> got = gaps(row(1, "Rà soát thủ tục") + row(2, "Số hóa hồ sơ") + row(5, "Tập huấn cán bộ"));
        assertEquals(List.of("rows 3–4 of a table are missing: 5 (line 12) follows 2 (line 11)"), got);
        assertEquals(List.of("row 3 of a table is missing: 4 (line 12) follows 2 (line 11)"),
                gaps(row(1, "Rà soát thủ tục") + row(2, "Số hóa hồ sơ") + row(4, "Tập huấn cán bộ")));
    }

    @Test
    void groupsCountingAgainOrOnAreNoGap() {
        // each group counts from 1 again, or goes on from the previous group's number
        assertEquals(List.of(), gaps("I\tNâng cao nhận thức\t\t\n" + row(1, "Tuyên truyền") + row(2, "Tập huấn")
                + "II\tHạ tầng số\t\t\n" + row(1, "Lắp wifi") + row(2, "Nâng cấp máy tính")));
        assertEquals(List.of(), gaps("I\tNâng cao nhận thức\t\t\n" + row(1, "Tuyên truyền") + row(2, "Tập huấn")
                + "II\tHạ tầng số\t\t\n" + row(3, "Lắp wifi") + row(4, "Nâng cấp máy tính")));
    }

    @Test
    void subNumbersAndProseParagraphsDoNotCount() {
        assertEquals(List.of(), gaps(row(1, "Rà soát thủ tục") + "1.1\tRà soát cấp xã\tCông chức Tư pháp\tQuý II/2026\n"
                + row(2, "Số hóa hồ sơ")));
        // numbered paragraphs of a prose plan mix tasks with headings ("3. Kinh phí"): not a table's numbering
        SourceText prose = new SourceText("p.txt", "", (HEAD.substring(0, HEAD.indexOf("II. NHIỆM VỤ")) + """
                II. NHIỆM VỤ
                1. Văn phòng Đảng ủy chủ trì số hóa hồ sơ đảng viên, hoàn thành trong Quý II/2026.
                4. Ban Tuyên giáo và Dân vận chủ trì tuyên truyền về chuyển đổi số, hoàn thành trong Quý III/2026.
                """).lines().toList());
        ExtractedRows rows = RowExtractor.extract(prose, TableReader.read(prose));
        assertFalse(rows.tasks().isEmpty(), "the prose items are tasks");
        assertEquals(List.of(), NumberingGaps.of(rows, prose));
    }
}
