package vn.nq57.loader.rows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A single column of units that marks which of them leads ("(chủ trì)") or coordinates ("(phối hợp)"). */
class UnitRoleMarksTest {
    @TempDir
    Path dir;

    @Test
    void aUnitMarkedAsLeadingInASingleUnitColumnLeadsAndTheOthersCoordinate() throws Exception {
        ExtractedRows rows = TextTables.extract(dir,
                "Bổ sung các nhiệm vụ sau vào Phụ lục nhiệm vụ:",
                "",
                "STT\tNhiệm vụ\tThời hạn\tĐơn vị thực hiện\tGhi chú",
                "1\tTriển khai Bình dân học vụ số\tTháng 8/2026\tPhòng VH-XH (chủ trì); Đoàn Thanh niên, Hội Phụ nữ xã\tMới",
                "2\tSố hóa sổ hộ tịch\tQuý III/2026\tVăn phòng HĐND-UBND xã (Chủ trì); Công an xã\t",
                "3\tKết nối dữ liệu dân cư\tQuý IV/2026\tCông an xã; Phòng Kinh tế (phối hợp)\t",
                "4\tỨng dụng trí tuệ nhân tạo\tNăm 2026\tTrung tâm Phục vụ hành chính công xã\t");
        List<TaskRow> tasks = rows.tasks();
        assertEquals(List.of("Phòng VH-XH", "Văn phòng HĐND-UBND xã", "Công an xã", "Trung tâm Phục vụ hành chính công xã"),
                tasks.stream().map(TaskRow::lead).toList());
        assertEquals(List.of("Đoàn Thanh niên; Hội Phụ nữ xã", "Công an xã", "Phòng Kinh tế", ""),
                tasks.stream().map(TaskRow::coordinating).toList());
    }

    /** "Chủ trì: …; Phối hợp: …" in one cell: the labels split the roles and are no part of the names. */
    @Test
    void roleLabelsInOneCellSplitLeadFromCoordinating() throws Exception {
        ExtractedRows rows = TextTables.extract(dir,
                "STT\tNhiệm vụ\tĐơn vị thực hiện\tThời hạn",
                "1\tRà soát, bãi bỏ các quy định không còn phù hợp\tChủ trì: Sở Tư pháp; Phối hợp: các sở, ngành\tTrước 15/12/2026",
                "2\tXây dựng Trung tâm dữ liệu\tChủ trì: Sở Khoa học và Công nghệ; Phối hợp: Công an tỉnh, Sở Tài chính\tNăm 2026");
        List<TaskRow> tasks = rows.tasks();
        assertEquals(List.of("Sở Tư pháp", "Sở Khoa học và Công nghệ"), tasks.stream().map(TaskRow::lead).toList());
        assertEquals(List.of("các sở, ngành", "Công an tỉnh; Sở Tài chính"), tasks.stream().map(TaskRow::coordinating).toList());
    }
}
