package vn.nq57.loader.table;

import org.junit.jupiter.api.Test;
import vn.nq57.loader.read.SourceText;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A pipe table typed by hand, without outer pipes or without the "---" line under its header, is read like a
 * Markdown one; a "|" in prose is not a table.
 */
class BarePipeTableTest {
    private static List<Table> tables(String text) {
        return TableReader.read(new SourceText("plan.txt", "", List.of(text.split("\n", -1))));
    }

    @Test
    void withoutOuterPipesOrSeparator() {
        List<Table> t = tables("II. NHIỆM VỤ\n\nTT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn\n"
                + "1 | Xây dựng chương trình bồi dưỡng | Sở Nội vụ | Trường Chính trị tỉnh | Quý III/2026\n"
                + "2 | Sơ kết việc thực hiện | Sở Nội vụ |  | Năm 2028\n\nIII. TỔ CHỨC THỰC HIỆN\n");
        assertEquals(1, t.size());
        assertEquals(List.of("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"), t.getFirst().header());
        assertEquals(2, t.getFirst().rows().size());
        assertEquals("Sở Nội vụ", t.getFirst().rows().getFirst().cell(2).strip());
        assertEquals("Năm 2028", t.getFirst().rows().get(1).cell(4).strip());
    }

    @Test
    void aRowEndingInAnEmptyCellKeepsItsColumns() {
        List<Table> t = tables("TT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2030 | Ghi chú\n"
                + "1 | Tỷ lệ cán bộ được bồi dưỡng | % | ≥ 80% | 100% |\n");
        assertEquals(1, t.size());
        assertEquals("≥ 80%", t.getFirst().rows().getFirst().cell(3).strip());
        assertEquals("100%", t.getFirst().rows().getFirst().cell(4).strip());
    }

    @Test
    void withOuterPipesButNoSeparator() {
        List<Table> t = tables("| TT | Nhiệm vụ | Đơn vị chủ trì | Thời hạn |\n| 1 | Xây dựng kế hoạch | Sở Nội vụ | Quý III/2026 |\n");
        assertEquals(1, t.size());
        assertEquals("Sở Nội vụ", t.getFirst().rows().getFirst().cell(2).strip());
    }

    @Test
    void aPipeInProseIsNoTable() {
        assertTrue(tables("Nhiệm vụ | Đơn vị chủ trì | thời hạn được ghi rõ ở phụ lục.\nCác đơn vị thực hiện nghiêm túc.\n").isEmpty());
    }
}
