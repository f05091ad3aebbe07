package vn.nq57.loader.graph;

import org.junit.jupiter.api.Test;
import vn.nq57.loader.deadline.DeadlineParser;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A note that the work is done, and one that only a part of it is. */
class CompletionTest {
    @Test
    void aCompletionQualifiedAsPartialIsNotTheTaskDone() {
        for (String partial : List.of("Đã hoàn thành giai đoạn 1", "đã hoàn thành một phần", "Đã hoàn thành 50%",
                "Đã hoàn thành bước 1, đang triển khai bước 2", "đã hoàn thành đợt 1")) {
            assertFalse(Completion.stated(List.of(partial)), partial);
            assertFalse(DeadlineParser.parse("Quý IV/2026; " + partial, 2026).completed(), partial);
        }
        assertFalse(Completion.statusDone("Hoàn thành giai đoạn 1"));
    }

    @Test
    void aCompletionStatedWholeIsTheTaskDone() {
        for (String done : List.of("Đã hoàn thành", "Nhiệm vụ đã hoàn thành.", "Đã hoàn thành, báo cáo UBND tỉnh",
                "Đã hoàn thành trong quý I/2026"))
            assertTrue(Completion.stated(List.of(done)), done);
        assertTrue(DeadlineParser.parse("Quý I/2026 (Đã hoàn thành)", 2026).completed());
        assertTrue(Completion.statusDone("Hoàn thành"));
    }
}
