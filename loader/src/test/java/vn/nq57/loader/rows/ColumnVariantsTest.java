package vn.nq57.loader.rows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.read.SourceReader;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.table.TableReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.*;

/** Column roles read by meaning in other wordings, group rows and rows broken by page ends. */
class ColumnVariantsTest {
    private static final Path SOURCES = Path.of(System.getProperty("nq57.root", "..")).resolve("data/sources");

    @TempDir
    Path dir;

    private static ExtractedRows extract(Path file) throws Exception {
        SourceText text = SourceReader.read(file);
        return RowExtractor.extract(text, TableReader.read(text));
    }

    private ExtractedRows extract(String... lines) throws Exception {
        return extract(Files.writeString(dir.resolve("doc.txt"), String.join("\n", lines) + "\n"));
    }

    @Test
    void upperCaseHeadersGiveLeadStatusAndReportedProgress() throws Exception {
        // case column_variants_lead_status
        ExtractedRows rows = extract(Path.of(ColumnVariantsTest.class.getResource("/cases/column_variants_lead_status.txt").toURI()));
        List<TaskRow> tasks = rows.tasks();
        assertEquals(List.of("Bộ Khoa học và Công nghệ", "Bộ Nội vụ", "Bộ Công an"), tasks.stream().map(TaskRow::lead).toList());
        assertEquals(List.of("Hoàn thành", "Đang thực hiện", "Quá hạn"), tasks.stream().map(TaskRow::status).toList());
        assertEquals(List.of("Đã trình", "Đang soạn", ""), tasks.stream().map(TaskRow::progress).toList());
        assertEquals(List.of("Tháng 4/2025", "Tháng 5/2025", "Tháng 3/2025"), tasks.stream().map(TaskRow::deadline).toList());
        assertEquals(List.of("Quyết định"), tasks.getFirst().result());
        assertEquals("Nhận thức", tasks.getFirst().section().title());
    }

    @Test
    void otherWordingsOfPerformerMilestoneStateAndMergedNotes() throws Exception {
        ExtractedRows rows = extract(
                "Phụ lục: NHIỆM VỤ",
                "STT\tNội dung\tĐơn vị thực hiện\tMốc hoàn thành\tTình hình thực hiện\tGhi chú & Đơn vị phối hợp",
                "1\tSố hóa hồ sơ\tVăn phòng HĐND và UBND xã\t10/2026\tĐã hoàn thành\tCông an xã; Theo Kế hoạch số 12/KH-UBND",
                "2\tLập kho dữ liệu\tPhòng Kinh tế, Hạ tầng và Đô thị\tQuý III/2026\tChưa hoàn thành\tĐã trình UBND xã",
                "");
        List<TaskRow> tasks = rows.tasks();
        assertEquals(2, tasks.size());
        assertEquals("Văn phòng HĐND và UBND xã", tasks.get(0).lead());
        assertEquals("10/2026", tasks.get(0).deadline());
        assertEquals("Đã hoàn thành", tasks.get(0).status());
        assertEquals("Công an xã", tasks.get(0).coordinating());
        assertEquals("Theo Kế hoạch số 12/KH-UBND", tasks.get(0).note());
        assertEquals("", tasks.get(1).coordinating(), "a note is not a unit");
        assertEquals("Đã trình UBND xã", tasks.get(1).note());
        assertEquals("Chưa hoàn thành", tasks.get(1).status());
    }

    /** Every common heading of a row's state, in capitals or not, gives the state and whether the task is done. */
    @ParameterizedTest
    @ValueSource(strings = {"TÌNH TRẠNG", "Tình trạng", "Trạng thái", "TÌNH HÌNH THỰC HIỆN", "Mức độ hoàn thành",
            "TIẾN ĐỘ"})
    void everyStateHeadingGivesTheState(String heading) throws Exception {
        ExtractedRows rows = extract(
                "| TT | NHIỆM VỤ | CƠ QUAN CHỦ TRÌ | THỜI GIAN HOÀN THÀNH | " + heading + " |",
                "|---|---|---|---|---|",
                "| 1 | Ban hành quy chế dữ liệu | Bộ Khoa học và Công nghệ | Tháng 4/2025 | Hoàn thành |",
                "| 2 | Kết nối cơ sở dữ liệu | Bộ Công an | Tháng 5/2025 | Đang thực hiện |");
        List<TaskRow> tasks = rows.tasks();
        assertEquals(2, tasks.size(), heading);
        assertEquals(List.of("Hoàn thành", "Đang thực hiện"), tasks.stream().map(TaskRow::status).toList(), heading);
        assertEquals(List.of("Tháng 4/2025", "Tháng 5/2025"), tasks.stream().map(TaskRow::deadline).toList(), heading);
    }

    @Test
    void tienDoIsTheDeadlineWhenNoOtherColumnGivesTheTime() throws Exception {
        ExtractedRows rows = extract(
                "| TT | Nhiệm vụ | Đơn vị chủ trì | Tiến độ |",
                "|---|---|---|---|",
                "| 1 | Tập huấn kỹ năng số | Phòng Văn hóa - Xã hội | Quý II/2026 |");
        assertEquals("Quý II/2026", rows.tasks().getFirst().deadline());
        assertEquals("", rows.tasks().getFirst().status());
    }

    @Test
    void aBareUnitColumnIsTheUnitOfMeasureAmongIndicators() throws Exception {
        ExtractedRows rows = extract(
                "| TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi |",
                "| --- | --- | --- | --- | --- |",
                "| **I** | **Đến năm 2030** | | | |",
                "| 1 | Quy mô kinh tế số | % GDP | ≥ 30 | Sở Tài chính |",
                "| 1.1 | Tỷ trọng kinh tế số trong ngành | % | 10,1 | Sở Công Thương |");
        assertEquals(2, rows.indicators().size());
        IndicatorRow sub = rows.indicators().get(1);
        assertEquals("1.1", sub.ordinal());
        assertEquals("%", sub.unit());
        assertEquals("10,1", sub.target(), "kept as printed");
        assertEquals("Sở Công Thương", sub.owner());
        assertEquals("Đến năm 2030", sub.group().title());
    }

    @Test
    void groupRowsAreSectionsAndBrokenRowsContinueTheRowAbove() throws Exception {
        ExtractedRows rows = extract(
                "| TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Kết quả | Thời gian hoàn thành |",
                "|---|---|---|---|---|---|",
                "| **I.** | Nhận thức | | | | |",
                "| 1. | Xây dựng công cụ đánh giá trực tuyến và công bố kết quả. | Bộ Nội vụ | | Quyết định | 2025 và những năm tiếp theo |",
                "| **II.** | Thể chế | | | | năm tiếp theo |",
                "| 2. | Hoàn thành các nhiệm vụ gồm: (1) Định danh; | Bộ Công an, Bộ Lao động - Thương binh và Xã hội | | | 2025 |",
                "| | (2) Sàn giao dịch việc làm. | | Thương binh và Xã hội | | |",
                "| 3. | Giám sát liên thông dữ liệu Sổ sức khỏe điện tử, Giấy chuyển tuyến; | Bộ Y tế | | | 03/2025 |",
                "| | Kết quả xét nghiệm trên VNeID | | | | |",
                "| 4. | Rà soát chính sách | Bộ Tài chính | | | 2026 |",
                "| | trưc tuyến và công bố kết quả. | | | | |",
                "| **III.** | Hợp tác quốc tế | | | | |",
                "| 5. | Thu hút chuyên gia | Bộ Ngoại giao | | | Thường xuyên |");
        List<TaskRow> tasks = rows.tasks();
        assertEquals(List.of("1", "2", "3", "4", "5"), tasks.stream().map(TaskRow::ordinal).toList());
        assertEquals(List.of("I", "II", "III"), rows.taskSections().stream().map(SectionRow::number).toList());
        assertEquals("2025 và những năm tiếp theo", tasks.get(0).deadline(), "the group row's leftover repeats it");
        assertEquals("Hoàn thành các nhiệm vụ gồm: (1) Định danh; (2) Sàn giao dịch việc làm.", tasks.get(1).name());
        assertEquals("", tasks.get(1).coordinating(), "a fragment repeated from the lead is not a coordinating unit");
        assertEquals("Giám sát liên thông dữ liệu Sổ sức khỏe điện tử, Giấy chuyển tuyến; Kết quả xét nghiệm trên VNeID",
                tasks.get(2).name());
        assertEquals("Rà soát chính sách trưc tuyến và công bố kết quả.", tasks.get(3).name());
        assertEquals("III", tasks.get(4).section().number());
        assertTrue(tasks.stream().allMatch(t -> t.section() != null));
    }

    @Test
    void governmentProgrammeHas140TasksInSevenGroupsAndItsIndicators() throws Exception {
        ExtractedRows rows = extract(SOURCES.resolve("nq03-cp_chinh-phu_ctrhd.txt"));
        assertEquals(140, rows.tasks().size());
        assertEquals(List.of("I", "II", "III", "IV", "V", "VI", "VII"),
                rows.taskSections().stream().map(SectionRow::number).toList());
        assertTrue(rows.tasks().stream().allMatch(t -> t.ordinal().matches("\\d+")), "no group row is a task");
        assertTrue(rows.tasks().stream().allMatch(t -> t.section() != null));
        // appendix I: 41 indicators, 11.1–11.12 and 23.1–23.4 below them, grouped by horizon year
        List<String> ordinals = rows.indicators().stream().map(IndicatorRow::ordinal).toList();
        assertEquals(41, ordinals.stream().filter(o -> o.matches("\\d+")).count());
        assertEquals(12, ordinals.stream().filter(o -> o.startsWith("11.")).count());
        assertEquals(4, ordinals.stream().filter(o -> o.startsWith("23.")).count());
        assertEquals(List.of("Đến năm 2030", "Đến năm 2045"), rows.indicatorGroups().stream().map(SectionRow::title).toList());
        IndicatorRow economy = rows.indicators().stream().filter(i -> i.ordinal().equals("10")).findFirst().orElseThrow();
        assertEquals("% GDP", economy.unit());
        assertEquals("≥ 30", economy.target());
        TaskRow twoParts = rows.tasks().stream().filter(t -> t.ordinal().equals("108")).findFirst().orElseThrow();
        assertTrue(twoParts.name().contains("(11) Mô hình điểm"), twoParts.name());
        assertFalse(twoParts.coordinating().contains("nghiệp và phát triển nông thôn"), twoParts.coordinating());
        TaskRow seventyFive = rows.tasks().stream().filter(t -> Objects.equals(t.ordinal(), "75")).findFirst().orElseThrow();
        assertEquals("Bộ Công an", seventyFive.lead());
        assertEquals("3/2025", seventyFive.deadline());
    }
}
