package vn.nq57.loader.table;

import org.junit.jupiter.api.Test;
import vn.nq57.loader.read.LineSpan;
import vn.nq57.loader.read.SourceReader;
import vn.nq57.loader.read.SourceText;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TableReaderTest {
    private static final Path SOURCES = Path.of(System.getProperty("nq57.root", "..")).resolve("data/sources");

    private static SourceText seed(String prefix) throws Exception {
        try (var files = java.nio.file.Files.list(SOURCES)) {
            return SourceReader.read(files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow());
        }
    }

    private static Row rowAt(Table table, int line) {
        return table.rows().stream().filter(r -> r.span().start() == line).findFirst().orElseThrow();
    }

    @Test
    void tabLayoutJoinsRowAcrossTwoPageBreaks() throws Exception {
        SourceText text = seed("000");
        List<Table> tables = TableReader.read(text);
        assertEquals(1, tables.size());
        Table table = tables.getFirst();
        assertEquals(8, table.header().size());
        assertEquals("Tên nhiệm vụ", table.header().get(1));
        assertTrue(table.context().contains("Phụ lục II"), table.context().toString());
        assertTrue(table.rows().stream().noneMatch(r -> r.cell(0).equals("STT")), "repeated headers are skipped");

        Row row = rowAt(table, 89);                              // task IV.9, continued on two later pages
        assertEquals(new LineSpan(89, 97), row.span());
        assertEquals(String.join("\n", text.line(89), text.line(94), text.line(97)), row.verbatim());
        assertEquals("Trưởng phòng Kinh tế; Phòng Văn hóa – Xã hội", row.cell(2));
        assertTrue(row.cell(1).endsWith("bảo đảm đáp ứng cấu hình tối thiểu phục vụ nhu cầu sử dụng của người dùng"));
        assertTrue(row.cell(5).contains("100% cán bộ cấp xã có máy tính"), row.cell(5));
        assertEquals("Tháng 6/2026", row.cell(6));
    }

    @Test
    void footnoteMarksLeaveValuesButStayVerbatim() throws Exception {
        Table table = TableReader.read(seed("000")).getFirst();
        Row row = rowAt(table, 36);
        assertEquals("Tháng 3/2026", row.cell(6));
        assertTrue(row.verbatim().contains("¹"));
    }

    @Test
    void pipeTablesAcrossPagesAreOneTableWithoutMarkup() throws Exception {
        List<Table> tables = TableReader.read(seed("002"));
        assertEquals(2, tables.size());
        Table tasks = tables.get(1);
        assertEquals(List.of("TT", "Tên nhiệm vụ", "Cơ quan chủ trì tham mưu/thực hiện", "Cơ quan phối hợp", "Kết quả",
                "Thời gian hoàn thành"), tasks.header());
        assertTrue(tasks.rows().stream().flatMap(r -> r.cells().stream()).noneMatch(c -> c.contains("<b>") || c.contains("<i>")));
        Row eight = rowAt(tasks, 223);                          // continued after the page break at line 227
        assertEquals(new LineSpan(223, 227), eight.span());
        assertTrue(eight.cell(1).endsWith("nâng cao kiến thức về khoa học, công nghệ, đổi mới sáng tạo, kỹ năng số, "
                + "công nghệ số cơ bản trong cán bộ, công chức và Nhân dân."), eight.cell(1));
        Table indicators = tables.getFirst();
        assertTrue(indicators.context().stream().anyMatch(c -> c.contains("CHỈ TIÊU")));
        assertEquals("≥ 70", rowAt(indicators, 198).cell(3));
    }

    @Test
    void cellPerLineLayoutKeepsEmptyCellsAndFootnoteMarksOut() throws Exception {
        Table table = TableReader.read(seed("004")).getFirst();
        assertEquals(List.of("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Hạn hoàn thành", "Ghi chú"),
                table.header());
        Row first = rowAt(table, 72);
        assertEquals(List.of("1.", "Triển khai đồng bộ, quyết liệt các nhiệm vụ theo Nghị quyết số 57-NQ/TW và các chương "
                + "trình, kế hoạch của Ban Chỉ đạo, Chính phủ.", "Các sở, ban, ngành, địa phương", "", "Thường xuyên", ""),
                first.cells());
        assertTrue(first.verbatim().contains("[footnoteRef:1]"));
    }

    @Test
    void runningTextLayoutRebuildsCells() throws Exception {
        List<Table> tables = TableReader.read(seed("003"));
        assertEquals(2, tables.size());
        Table indicators = tables.getFirst();
        assertEquals(List.of("TT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Cơ quan chủ trì theo dõi, đánh giá"),
                indicators.header());
        Row second = rowAt(indicators, 614);
        assertEquals(List.of("2", "Người sử dụng có khả năng truy cập băng thông rộng cố định với tốc độ trên 01 Gb/s",
                "%", "95", "Phòng Văn hoá – Xã hội"), second.cells());
        Table tasks = tables.get(1);
        assertEquals(7, tasks.header().size());
        Row two = rowAt(tasks, 852);
        assertEquals("Phòng Văn hóa - Xã hội; Văn phòng HĐND và UBND xã", two.cell(2));
        assertEquals("Các đơn vị thuộc UBND xã", two.cell(3));
        assertEquals("Quý II năm 2026", two.cell(5));
    }

    @Test
    void cleansMarkup() {
        assertEquals("Kế hoạch\nA & B", CellText.clean("<p><b>Kế  hoạch</b></p><br/>A &amp; B¹"));
        assertEquals("Văn bản\nBáo cáo", CellText.clean("<ul><li>Văn bản</li><li>Báo cáo</li></ul>"));
        assertEquals("giải pháp theo phân công.", CellText.clean("giải pháp[footnoteRef:2] theo phân công. [2:  Quy chế số 03]"));
    }
}
