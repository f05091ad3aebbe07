package vn.nq57.loader.deadline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

/** The deadline a task's sentence states at its end, and the years it only mentions. */
class StatedDeadlineTest {
    @Test
    void aTimeTheSentenceSetsForTheTaskIsItsDeadline() {
        assertEquals("trong năm 2026", StatedDeadline.atEnd(
                "Sửa đổi quy chế quản lý dữ liệu của các sở; phấn đấu cơ bản hoàn thành trong năm 2026."));
        assertEquals("trước ngày 15/10/2027", StatedDeadline.atEnd("Ban hành danh mục dữ liệu mở trước ngày 15/10/2027."));
        assertEquals("trước ngày 15 tháng 10 năm 2027",
                StatedDeadline.atEnd("Ban hành danh mục dữ liệu mở, hoàn thành trước ngày 15 tháng 10 năm 2027."));
        assertEquals("Quý III/2026", StatedDeadline.atEnd("Nâng cấp cổng thông tin điện tử (Quý III/2026)."));
        assertEquals("tháng 8/2026", StatedDeadline.atEnd("Tập huấn kỹ năng số; thời gian thực hiện: tháng 8/2026"));
        assertEquals("thường xuyên", StatedDeadline.atEnd("Giám sát an toàn hệ thống mạng, thực hiện thường xuyên./."));
        assertEquals("hằng năm", StatedDeadline.atEnd("Đánh giá mức độ chuyển đổi số của các xã; hằng năm."));
        assertEquals("vào quý II năm 2027", StatedDeadline.atEnd("Đưa trung tâm điều hành vào vận hành xong vào quý II năm 2027"));

        Deadline d = DeadlineParser.parse(StatedDeadline.atEnd("Xây dựng kho dữ liệu số; hoàn thành trong năm 2026."), 2025);
        assertEquals(Deadline.Kind.YEAR, d.kind());
        assertEquals(LocalDate.of(2026, 12, 31), d.end());
    }

    @Test
    void aYearMentionedInPassingIsNoDeadline() {
        assertEquals("", StatedDeadline.atEnd("Giám sát việc thực hiện Chương trình phát triển đô thị thông minh đến năm 2031."));
        assertEquals("", StatedDeadline.atEnd("Rà soát các dự án đầu tư khởi công trước năm 2019."));
        assertEquals("", StatedDeadline.atEnd("Tổng kết Đề án 06 giai đoạn 2022 - 2025, năm 2025"));
        assertEquals("", StatedDeadline.atEnd("Tổ chức hội nghị tập huấn hằng năm cho cán bộ"));
        assertEquals("", StatedDeadline.atEnd("Cập nhật các văn bản đã ban hành trong năm 2024."));
        assertEquals("", StatedDeadline.atEnd(null));
    }
}
