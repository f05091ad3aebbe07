package vn.nq57.loader.rows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A table with a column of when the work starts beside the one of when it is due. */
class StartAndDeadlineColumnsTest {
    @TempDir
    Path dir;

    @Test
    void theCompletionColumnIsTheDeadlineNotTheStartColumn() throws Exception {
        ExtractedRows rows = TextTables.extract(dir,
                "PHỤ LỤC: NHIỆM VỤ",
                "STT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian bắt đầu\tThời gian hoàn thành\tGhi chú",
                "1\tSố hóa hồ sơ cán bộ\tPhòng Tổ chức\t01/2026\t12/2026\t",
                "2\tXây dựng cơ sở dữ liệu thi đua\tPhòng Thi đua\tQuý I/2026\tQuý IV/2026\tĐã hoàn thành giai đoạn 1",
                "3\tThí điểm trợ lý ảo\tVăn phòng\t06/2026\tThường xuyên\t");
        assertEquals(List.of("12/2026", "Quý IV/2026", "Thường xuyên"), TextTables.deadlines(rows));
        assertEquals("Đã hoàn thành giai đoạn 1", rows.tasks().get(1).note(), "the note column is still the note");
    }

    @Test
    void aStartColumnAloneStillGivesTheTime() throws Exception {
        ExtractedRows rows = TextTables.extract(dir,
                "PHỤ LỤC: NHIỆM VỤ",
                "STT\tNhiệm vụ\tĐơn vị chủ trì\tThời gian bắt đầu",
                "1\tSố hóa hồ sơ cán bộ\tPhòng Tổ chức\tQuý I/2026",
                "2\tXây dựng cơ sở dữ liệu\tPhòng Thi đua\tQuý II/2026");
        assertEquals(List.of("Quý I/2026", "Quý II/2026"), TextTables.deadlines(rows));
    }
}
