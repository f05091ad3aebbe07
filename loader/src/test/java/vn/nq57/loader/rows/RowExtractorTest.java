package vn.nq57.loader.rows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.read.SourceReader;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.table.TableReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class RowExtractorTest {
    private static final Path SOURCES = Path.of(System.getProperty("nq57.root", "..")).resolve("data/sources");

    @TempDir
    Path dir;

    private static ExtractedRows extract(String prefix) throws Exception {
        try (var files = Files.list(SOURCES)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return extract(file);
        }
    }

    private static ExtractedRows extract(Path file) throws Exception {
        SourceText text = SourceReader.read(file);
        return RowExtractor.extract(text, TableReader.read(text));
    }

    private static TaskRow task(ExtractedRows rows, String section, String ordinal) {
        return rows.tasks().stream()
                .filter(t -> t.ordinal().equals(ordinal) && t.section() != null && Objects.equals(t.section().number(), section))
                .findFirst().orElseThrow();
    }

    private static List<String> ordinals(List<TaskRow> tasks) {
        return tasks.stream().map(TaskRow::ordinal).toList();
    }

    private static List<String> oneTo(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(Integer::toString).toList();
    }

    @Test
    void appendixOf000() throws Exception {
        ExtractedRows rows = extract("000");
        assertEquals(83, rows.tasks().size());
        assertEquals(0, rows.indicators().size());
        assertEquals(10, rows.taskSections().size());
        assertEquals(List.of(4, 12, 10, 12, 7, 6, 2, 5, 15, 10),
                rows.taskSections().stream().map(SectionRow::statedCount).toList());
        for (SectionRow s : rows.taskSections())                 // here the stated counts agree with the rows
            assertEquals(s.statedCount(), (int) rows.tasks().stream().filter(t -> t.section() == s).count(), s.title());
        assertEquals(93, rows.rowsSeen());
        assertTrue(rows.unparsed().isEmpty(), rows.unparsed().toString());

        TaskRow joined = task(rows, "IV", "9");                 // spans two page breaks
        assertEquals(89, joined.span().start());
        assertEquals(97, joined.span().end());
        assertEquals("Trưởng phòng Kinh tế; Phòng Văn hóa – Xã hội", joined.responsibleHead());
        assertEquals("Phòng Văn hóa - Xã hội, Phòng Kinh tế", joined.lead());
        assertEquals("Các cơ quan, đơn vị liên quan; các doanh nghiệp viễn thông", joined.coordinating());
        assertEquals("Tháng 6/2026", joined.deadline());
        assertTrue(joined.result().getFirst().startsWith("Đường truyền Internet tại các cơ quan, đơn vị được nâng cấp"),
                joined.result().toString());

        TaskRow done = task(rows, "II", "11");
        assertEquals("Tháng 3/2026", done.deadline());
        assertEquals(List.of("Nhiệm vụ đã hoàn thành."), done.footnotes());
        assertEquals(List.of("Nhiệm vụ đã hoàn thành"), task(rows, "IV", "8").footnotes());
        assertEquals(List.of("Nhiệm vụ đã hoàn thành"), task(rows, "X", "3").footnotes());
        assertTrue(task(rows, "I", "1").footnotes().isEmpty());

        TaskRow listed = task(rows, "III", "1");
        assertEquals(List.of("Tiếp nhận, triển khai.",
                "100% cán bộ, công chức, viên chức được đào tạo, bồi dưỡng nâng cao kỹ năng số cơ bản gắn với vị trí việc làm.",
                "Tối thiểu 90% cán bộ, công chức, viên chức làm chủ kỹ năng số, ứng dụng công nghệ trong quản lý, điều hành."),
                listed.result());
    }

    @Test
    void indicatorsAndTasksOf001() throws Exception {
        ExtractedRows rows = extract("001");
        assertEquals(31, rows.indicators().size());
        assertEquals(31, rows.indicatorGroups().stream().mapToInt(SectionRow::statedCount).sum());
        IndicatorRow first = rows.indicators().getFirst();
        assertEquals("01", first.ordinal());
        assertEquals("Tỷ lệ phủ sóng 5G trên địa bàn xã", first.name());
        assertEquals("%", first.unit());
        assertEquals("≥ 60", first.target());
        assertEquals("Phòng Văn hóa - Xã hội", first.owner());
        assertEquals("I", first.group().number());
        assertEquals(2, first.group().statedCount());
        assertEquals(18, rows.tasks().size());
        assertEquals(6, rows.taskSections().size());
        TaskRow continued = task(rows, "VI", "4");               // continuation row after a blank line
        assertEquals("Phòng Văn hóa - Xã hội", continued.lead());
        assertEquals("Thường xuyên", continued.deadline());
    }

    @Test
    void appendicesOf002() throws Exception {
        ExtractedRows rows = extract("002");
        assertEquals(44, rows.tasks().size());
        assertEquals(oneTo(44), ordinals(rows.tasks()));
        assertEquals(7, rows.taskSections().size());
        assertEquals("III", rows.taskSections().get(2).number());  // printed "III."
        // 25 numbered indicators plus the row numbered "II" that carries a unit and a target
        assertEquals(26, rows.indicators().size());
        IndicatorRow roman = rows.indicators().stream().filter(i -> i.ordinal().equals("II")).findFirst().orElseThrow();
        assertEquals("Đảm bảo", roman.unit());
        assertEquals("Đạt", roman.target());
        SectionRow to2045 = rows.indicatorGroups().getLast();
        assertNull(to2045.number());
        assertEquals("Đến năm 2045", to2045.title());
        assertEquals(3, rows.indicators().stream().filter(i -> i.group() == to2045).count());
        assertEquals("≥ 70", rows.indicators().stream().filter(i -> i.ordinal().equals("21")).findFirst().orElseThrow().target());
    }

    @Test
    void pdfTextOf003KeepsUnnumberedDuplicateAndOutOfSequenceRows() throws Exception {
        ExtractedRows rows = extract("003");
        assertEquals(28, rows.indicators().size());
        assertEquals(oneTo(28), rows.indicators().stream().map(IndicatorRow::ordinal).toList());
        assertEquals(List.of("I", "II", "III", "VI"), rows.indicatorGroups().stream().map(SectionRow::number).toList());
        IndicatorRow eight = rows.indicators().get(7);
        assertEquals("%", eight.unit());
        assertEquals("66% đến 70%", eight.target());
        assertEquals("Công an xã, phòng Văn hoá – Xã hội", eight.owner());
        IndicatorRow twentySix = rows.indicators().get(25);
        assertEquals("Phòng Văn hoá – Xã hội, Văn phòng HĐND&UBND xã", twentySix.owner());
        assertEquals("VI", twentySix.group().number());

        assertEquals(List.of("1", "2", "2", "3", "4", "5", "6", ""), ordinals(rows.tasks()));
        TaskRow first = rows.tasks().getFirst();
        assertEquals("Phòng Văn hóa – Xã hội xã", first.lead());
        assertEquals("Các doanh nghiệp viễn thông", first.coordinating());
        assertEquals(List.of("Hoàn thành các nhiệm vụ (1), (2), (3) bảo đảm yêu cầu"), first.result());
        assertEquals("Quý I và quý II năm 2026", first.deadline());
        assertEquals("Phòng Kinh tế, Hạ tầng và Đô thị xã", rows.tasks().get(4).lead());
        TaskRow unnumbered = rows.tasks().getLast();
        assertTrue(unnumbered.name().startsWith("Triển khai các biện pháp bảo đảm an toàn thông tin"));
        assertEquals("Phòng Văn hoá – Xã hội", unnumbered.lead());
        assertEquals("Quý II – Quý IV năm 2026", unnumbered.deadline());
    }

    @Test
    void directivesOf004() throws Exception {
        ExtractedRows rows = extract("004");
        assertEquals(38, rows.tasks().size());
        assertEquals(oneTo(38), ordinals(rows.tasks()));
        assertEquals(List.of("I", "II", "III"), rows.taskSections().stream().map(SectionRow::number).toList());
        assertTrue(rows.taskSections().get(1).title().contains("số thứ tự từ 4 đến 35"));
        TaskRow first = rows.tasks().getFirst();
        assertEquals(List.of("Kế hoạch số 01-KH/BCĐTW, ngày 02/6/2025 và Kế hoạch số 02-KH/BCĐTW, ngày 19/6/2025"),
                first.footnotes());
        assertEquals("Các sở, ban, ngành, địa phương", first.lead());
        assertEquals("", first.coordinating());
        assertEquals("Thường xuyên", first.deadline());
        assertEquals(List.of("Quy chế số 03-QC/BCĐTW, ngày 23/6/2025"), rows.tasks().get(2).footnotes());
        TaskRow fourteen = rows.tasks().get(13);
        assertEquals("Công an tỉnh", fourteen.lead());
        assertEquals("31/12/2025", fourteen.deadline());
        assertEquals("Thông báo số 44-TB/TGV ngày 12/9/2025", fourteen.note());
        assertEquals("30/9/2025 (Đã hoàn thành; tiếp tục triển khai thực hiện)", rows.tasks().get(18).deadline());
        // the file ends in the middle of task 38: kept with what is there
        assertEquals("", rows.tasks().getLast().deadline());
    }

    @Test
    void eightColumnAppendixOfQd877() throws Exception {
        ExtractedRows rows = extract(vn.nq57.loader.reference.Seeds.extra(vn.nq57.loader.reference.Seeds.QD877));
        // 31 numbered tasks; section VII carries its own lead, deadline and product, so it is a task as well
        assertEquals(32, rows.tasks().size());
        assertEquals(31, rows.tasks().stream().filter(t -> t.ordinal().matches("\\d+")).count());
        assertEquals(7, rows.taskSections().size());
        TaskRow seven = rows.tasks().getLast();
        assertEquals("VII", seven.ordinal());
        assertEquals("Vụ Tổ chức cán bộ", seven.lead());
        assertEquals("Năm 2025", seven.deadline());
        assertEquals(List.of("Quyết định kiện toàn được ban hành"), seven.result());
        TaskRow twelve = task(rows, "III", "12");               // printed "12."
        assertEquals("Cục Hành chính tư pháp", twelve.lead());
        assertEquals("2025-2026", twelve.deadline());
    }

    @Test
    void otherWordingAndColumnOrder() throws Exception {
        String doc = String.join("\n",
                "KẾ HOẠCH thử nghiệm",
                "",
                "Phụ lục 1: CÁC CHỈ TIÊU",
                "| Số TT | Tên chỉ tiêu | Đơn vị tính | Chỉ tiêu năm 2026 | Cơ quan theo dõi |",
                "|---|---|---|---|---|",
                "| A | **Nhóm hạ tầng (02 chỉ tiêu)** | | | |",
                "| 1 | Tỷ lệ hộ có cáp quang | % | &ge; 80 | Phòng Kinh tế |",
                "| 2 | Số điểm wifi công cộng | điểm | 12 | Phòng Kinh tế |",
                "",
                "Phụ lục 2: NHIỆM VỤ",
                "TT\tNội dung công việc\tHạn hoàn thành\tĐơn vị phối hợp\tĐơn vị chủ trì\tSản phẩm",
                "1\tXây dựng kho dữ liệu\tQuý IV/2026²\tCác thôn\tCông an xã\t<ul><li>Kho dữ liệu</li><li>Báo cáo</li></ul>",
                "\t\t\t\t\t",
                "2\tTập huấn kỹ năng số cho\tThường xuyên\t\tPhòng Văn hóa\tLớp học",
                "",
                "TT\tNội dung công việc\tHạn hoàn thành\tĐơn vị phối hợp\tĐơn vị chủ trì\tSản phẩm",
                "\tngười dân\t\t\t\t",
                "3\tRà soát",
                "",
                "² Đã hoàn thành.");
        Path file = Files.writeString(dir.resolve("variant.txt"), doc);
        ExtractedRows rows = extract(file);

        assertEquals(2, rows.indicators().size());
        assertEquals("A", rows.indicatorGroups().getFirst().number());
        assertEquals(2, rows.indicatorGroups().getFirst().statedCount());
        IndicatorRow wifi = rows.indicators().get(1);
        assertEquals("Số điểm wifi công cộng", wifi.name());
        assertEquals("điểm", wifi.unit());
        assertEquals("12", wifi.target());
        assertEquals("Phòng Kinh tế", wifi.owner());
        assertEquals("≥ 80", rows.indicators().getFirst().target());

        assertEquals(3, rows.tasks().size());
        TaskRow first = rows.tasks().getFirst();
        assertEquals("Công an xã", first.lead());
        assertEquals("Các thôn", first.coordinating());
        assertEquals("Quý IV/2026", first.deadline());
        assertEquals(List.of("Kho dữ liệu", "Báo cáo"), first.result());
        assertEquals(List.of("Đã hoàn thành."), first.footnotes());
        assertEquals("Tập huấn kỹ năng số cho người dân", rows.tasks().get(1).name());
        TaskRow cut = rows.tasks().getLast();                   // the table is cut mid-row at the end of the file
        assertEquals("Rà soát", cut.name());
        assertEquals("", cut.lead());
    }

    @Test
    void documentWithoutTables() throws Exception {
        Path file = Files.writeString(dir.resolve("plain.txt"), "KẾ HOẠCH\n\nCăn cứ Nghị quyết số 57-NQ/TW.\n");
        ExtractedRows rows = extract(file);
        assertTrue(rows.tasks().isEmpty());
        assertTrue(rows.indicators().isEmpty());
        assertEquals(0, rows.rowsSeen());
    }
}
