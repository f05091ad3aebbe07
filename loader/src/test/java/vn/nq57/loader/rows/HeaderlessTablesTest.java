package vn.nq57.loader.rows;

import org.junit.jupiter.api.Test;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.table.TableReader;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Tables printed without their header row: their columns are told from their cells, or the table is left alone. */
class HeaderlessTablesTest {

    private static ExtractedRows rows(String text) {
        SourceText src = new SourceText("t.txt", "", text.lines().toList());
        return RowExtractor.extract(src, TableReader.read(src));
    }

    private static final String HEAD = """
            ỦY BAN NHÂN DÂN
            XÃ PHÚ LỘC
            Số: 31/KH-UBND
            Phú Lộc, ngày 06 tháng 5 năm 2026
            KẾ HOẠCH
            Chuyển đổi số năm 2026
            Thực hiện Kế hoạch số 140/KH-UBND ngày 10/3/2026 của UBND tỉnh Lâm Đồng.
            """;

    @Test
    void aTaskTableWithoutItsHeaderRowGivesItsTasks() {
        ExtractedRows r = rows(HEAD + String.join("\n",
                "6\tCập nhật dữ liệu dân cư lên hệ thống\tCông an xã\t- Các thôn - Văn phòng HĐND và UBND\tQuý II/2026",
                "7\tHướng dẫn người dân cài ứng dụng định danh\tĐoàn Thanh niên xã\tHội Liên hiệp Phụ nữ\tThường xuyên",
                "8\tTổng kết, đánh giá kết quả\tVăn phòng HĐND và UBND\tCác ban, ngành\tTháng 12/2026",
                "III. TỔ CHỨC THỰC HIỆN", "Các cơ quan triển khai."));
        assertEquals(List.of("6", "7", "8"), r.tasks().stream().map(TaskRow::ordinal).toList());
        TaskRow first = r.tasks().getFirst();
        assertEquals("Cập nhật dữ liệu dân cư lên hệ thống", first.name());
        assertEquals("Công an xã", first.lead());
        assertTrue(first.coordinating().contains("Các thôn"), first.coordinating());
        assertEquals("Quý II/2026", first.deadline());
        assertEquals("Thường xuyên", r.tasks().get(1).deadline());
        // said for a person to check: no header named these columns; but the rows were read, none is "not understood"
        assertEquals(List.of("a table without a header row (line 8): its columns told from their cells as STT | Nội dung"
                + " nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành; compare them with the original"),
                r.checks());
        assertEquals(List.of(), r.unparsed());
    }

    @Test
    void aHeaderlessListOfDocumentsOrOfWordsIsNoTaskTable() {
        ExtractedRows documents = rows(HEAD + String.join("\n",
                "1\tQuyết định số 12/QĐ-UBND ngày 02/01/2026\tUBND tỉnh\tLâm Đồng\t02/01/2026",
                "2\tKế hoạch số 40/KH-UBND ngày 05/02/2026\tUBND tỉnh\tLâm Đồng\t05/02/2026"));
        assertEquals(List.of(), documents.tasks());
        ExtractedRows words = rows(HEAD + String.join("\n",
                "1\tMáy tính\tcái\t12\t4",
                "2\tMáy in\tcái\t3\t1"));
        assertEquals(List.of(), words.tasks());
    }

    /** A scan's row number that OCR read as no number ("lộ" for 8) is the one between its neighbours; typed, it stays. */
    @Test
    void aScansMisreadRowNumberIsRestoredFromItsNeighbours() {
        String table = HEAD + String.join("\n",
                "6\tCập nhật dữ liệu dân cư lên hệ thống\tCông an xã\tCác thôn\tQuý II/2026",
                "7\tHướng dẫn người dân cài ứng dụng định danh\tĐoàn Thanh niên xã\tHội Liên hiệp Phụ nữ\tThường xuyên",
                "lộ\tTổng kết, đánh giá kết quả\tVăn phòng HĐND và UBND\tCác ban, ngành\tTháng 12/2026");
        List<String> lines = table.lines().toList();
        List<vn.nq57.loader.read.Origin> scan = new java.util.ArrayList<>();
        for (int i = 1; i <= lines.size(); i++) scan.add(vn.nq57.loader.read.Origin.page(1, i, true));
        SourceText scanned = new SourceText("scan.pdf", "", lines, vn.nq57.loader.read.DocumentFormat.PDF, scan);
        assertEquals(List.of("6", "7", "8"),
                RowExtractor.extract(scanned, TableReader.read(scanned)).tasks().stream().map(TaskRow::ordinal).toList());
        assertEquals(List.of("6", "7", "lộ"), rows(table).tasks().stream().map(TaskRow::ordinal).toList());
    }
}
