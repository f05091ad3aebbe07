package vn.nq57.loader.deadline;

import org.junit.jupiter.api.Test;
import vn.nq57.loader.Loader;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.report.DocumentReport;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A deadline cell printing a date no calendar has ("31/02/2026") is no year: the task's time is unknown and the report says so. */
class ImpossibleDeadlineCheckTest {
    private static final List<String> PLAN = List.of("ỦY BAN NHÂN DÂN XÃ PHÚ LỘC", "Số: 27/KH-UBND",
            "Phú Lộc, ngày 05 tháng 3 năm 2026", "", "KẾ HOẠCH", "Chuyển đổi số năm 2026", "",
            "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;", "", "III. NHIỆM VỤ", "",
            "STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành",
            "1\tRà soát thủ tục hành chính\tPhòng Văn hóa - Xã hội\tTrước ngày 31/02/2026",
            "2\tSố hóa hồ sơ\tPhòng Văn hóa - Xã hội\tQuý III, IV/2026");

    @Test
    void anImpossibleDateIsCheckedNotReadAsAYear() throws Exception {
        Loader.Run run = new Loader().parseTexts(List.of(new SourceText("plan.txt", "", PLAN)));
        DocumentReport report = run.report().documents().getFirst();
        assertEquals(2, report.tasks(), report.toString());
        assertEquals(1, report.checks().stream().filter(c -> c.contains("31/02/2026") && c.contains("no day of the calendar")).count(),
                report.checks().toString());
        String dump = run.dataset().getUnionGraph().find().toList().toString();
        assertTrue(dump.contains("deadlineUnknown"), "the impossible date gives no interval");
    }
}
