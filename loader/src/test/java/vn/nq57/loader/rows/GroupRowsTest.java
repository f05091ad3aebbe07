package vn.nq57.loader.rows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Group rows laid out in less common ways: the title under the time column, a numbered row over its sub-items. */
class GroupRowsTest {
    @TempDir
    Path dir;

    @Test
    void aGroupRowWithItsTitleUnderTheTimeColumnIsASectionNotADeadline() throws Exception {
        ExtractedRows rows = TextTables.extract(dir,
                "I. NỘI DUNG CÔNG TÁC",
                "",
                "TT\tThời gian\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tGhi chú",
                "I\tCÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (02 nhiệm vụ)\t\t\t\t",
                "1\tQuý I/2026\tKiện toàn Tổ giúp việc\tVăn phòng Đảng ủy\tPhòng Văn hóa - Xã hội\t",
                "2\tHằng quý\tHọp Ban Chỉ đạo đánh giá tiến độ\tThường trực Ban Chỉ đạo\tVăn phòng HĐND và UBND\t",
                "II\tCHÍNH QUYỀN SỐ (01 nhiệm vụ)\t\t\t\t",
                "1\tThường xuyên\tBảo đảm an toàn thông tin\tPhòng Văn hóa - Xã hội\tCông an xã\t");
        List<SectionRow> sections = rows.taskSections();
        assertEquals(List.of("I", "II"), sections.stream().map(SectionRow::number).toList());
        assertEquals(List.of("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (02 nhiệm vụ)", "CHÍNH QUYỀN SỐ (01 nhiệm vụ)"),
                sections.stream().map(SectionRow::title).toList());
        assertEquals(List.of(2, 1), sections.stream().map(SectionRow::statedCount).toList());
        assertEquals(List.of("Quý I/2026", "Hằng quý", "Thường xuyên"), TextTables.deadlines(rows));
        assertSame(sections.get(1), rows.tasks().get(2).section());
        assertEquals(rows.tasks().get(1).span().start(), rows.tasks().get(1).span().end(), "a group row continues no task");
    }

    @Test
    void aNumberedRowOverItsSubItemsIsAGroup() throws Exception {
        ExtractedRows rows = TextTables.extract(dir,
                "## II. NHIỆM VỤ CỤ THỂ",
                "",
                "| TT | Nhiệm vụ | Sản phẩm | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian |",
                "|---|---|---|---|---|---|",
                "| **1** | **Hoàn thiện thể chế** | | | | |",
                "| 1.1 | Tham mưu ban hành Nghị quyết | Nghị quyết | Phòng Quản lý khoa học | Sở Tư pháp | Quý III/2026 |",
                "| 1.2 | Rà soát các quy định | Quyết định | Phòng Quản lý khoa học | Thanh tra Sở | Tháng 6/2026 |",
                "| **2** | **Phát triển hạ tầng số** | | | | |",
                "| 2.1 | Vận hành Trung tâm giám sát | Báo cáo | Trung tâm Công nghệ thông tin | Công an tỉnh | Thường xuyên |");
        assertEquals(List.of("1.1", "1.2", "2.1"), rows.tasks().stream().map(TaskRow::ordinal).toList());
        assertEquals(List.of("1", "2"), rows.taskSections().stream().map(SectionRow::number).toList());
        assertEquals(List.of("Hoàn thiện thể chế", "Phát triển hạ tầng số"),
                rows.taskSections().stream().map(SectionRow::title).toList());
        assertEquals("Hoàn thiện thể chế", rows.tasks().get(1).section().title());
        assertEquals("Phát triển hạ tầng số", rows.tasks().get(2).section().title());
    }

    @Test
    void aNumberedTaskWithoutALeadFollowedByTheNextNumberStaysATask() throws Exception {
        ExtractedRows rows = TextTables.extract(dir,
                "## NHIỆM VỤ CỤ THỂ",
                "",
                "| TT | Nhiệm vụ | Đơn vị thực hiện | Thời gian |",
                "|---|---|---|---|",
                "| 1 | Tuyên truyền về chuyển đổi số | | |",
                "| 2 | Số hóa hồ sơ | Công an xã | Quý III/2026 |",
                "| 2.1 | Số hóa sổ hộ tịch | Công an xã | Quý III/2026 |");
        assertEquals(List.of("1", "2", "2.1"), rows.tasks().stream().map(TaskRow::ordinal).toList(),
                "1 is followed by 2, and 2 names who does it");
        assertTrue(rows.taskSections().isEmpty());
    }

    @Test
    void aCapitalLetteredGroupRowTakesItsTitleFromAnyCellButALowerCaseLetterNumbersAnItem() throws Exception {
        ExtractedRows rows = TextTables.extract(dir,
                "NHIỆM VỤ CỤ THỂ",
                "",
                "TT\tThời gian\tNội dung công việc\tĐơn vị chủ trì",
                "A\tNHIỆM VỤ TRỌNG TÂM\t\t",
                "1\tQuý I/2026\tKiện toàn Tổ giúp việc\tVăn phòng Đảng ủy",
                "a\tQuý II/2026\t\t");
        assertEquals(List.of("NHIỆM VỤ TRỌNG TÂM"), rows.taskSections().stream().map(SectionRow::title).toList());
        assertEquals(List.of("1", "a"), rows.tasks().stream().map(TaskRow::ordinal).toList(),
                "a lower-case letter with a time only is an item without a name, as before");
    }

    @Test
    void aGroupTitleRepeatedInEveryCellIsOneMergedCell() throws Exception {
        ExtractedRows rows = TextTables.extract(dir,
                "TT\tChỉ tiêu\tĐơn vị tính\tNăm 2025\tNăm 2026\tGhi chú",
                "A\tChính quyền số\tChính quyền số\tChính quyền số\tChính quyền số\tChính quyền số",
                "1.1\tTỷ lệ văn bản điện tử có ký số\t%\t95\t100%\t",
                "",
                "TT\tNhiệm vụ\tĐơn vị chủ trì\tThời hạn\tSản phẩm",
                "I\tNÂNG CAO NHẬN THỨC\tNÂNG CAO NHẬN THỨC\tNÂNG CAO NHẬN THỨC\tNÂNG CAO NHẬN THỨC",
                "1\tTuyên truyền Nghị quyết\tPhòng Văn hóa - Xã hội\tThường xuyên\tTin, bài");
        assertEquals(List.of("Tuyên truyền Nghị quyết"), rows.tasks().stream().map(TaskRow::name).toList());
        assertEquals("NÂNG CAO NHẬN THỨC", rows.tasks().getFirst().section().title());
        assertEquals(List.of("Thường xuyên"), TextTables.deadlines(rows));
        assertTrue(rows.indicators().stream().allMatch(i -> i.name().equals("Tỷ lệ văn bản điện tử có ký số")),
                rows.indicators().toString());
        assertEquals("Chính quyền số", rows.indicators().getFirst().group().title());
    }
}
