package vn.nq57.loader.rows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.read.SourceReader;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.table.TableReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Task-table headers in less common wordings, and tables whose header is not understood. */
class TaskTableHeadersTest {
    @TempDir
    Path dir;

    private ExtractedRows extract(String name, String... lines) throws Exception {
        SourceText text = SourceReader.read(Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n"));
        return RowExtractor.extract(text, TableReader.read(text));
    }

    @Test
    void headingsJoinedByCommaOrSlashAreUnderstood() throws Exception {
        for (String[] form : List.of(
                new String[] {"doc.md", "| STT | Nhiệm vụ, giải pháp | Kết quả/sản phẩm | Cơ quan, đơn vị thực hiện | Thời hạn | Kinh phí |",
                        "|---|---|---|---|---|---|",
                        "| 1 | Xây dựng Trung tâm dữ liệu | Trung tâm vận hành | Sở Khoa học và Công nghệ | Quý IV/2026 | Đầu tư công |",
                        "| 2 | Đào tạo kỹ năng số | Lớp đào tạo | Sở Nội vụ | Năm 2026 | Chi thường xuyên |"},
                new String[] {"doc.txt", "STT\tNhiệm vụ, giải pháp\tKết quả/sản phẩm\tCơ quan, đơn vị thực hiện\tThời hạn\tKinh phí",
                        "1\tXây dựng Trung tâm dữ liệu\tTrung tâm vận hành\tSở Khoa học và Công nghệ\tQuý IV/2026\tĐầu tư công",
                        "2\tĐào tạo kỹ năng số\tLớp đào tạo\tSở Nội vụ\tNăm 2026\tChi thường xuyên"})) {
            ExtractedRows rows = extract(form[0], form[1], form[2], form[3], form.length > 4 ? form[4] : "");
            assertEquals(List.of("Xây dựng Trung tâm dữ liệu", "Đào tạo kỹ năng số"),
                    rows.tasks().stream().map(TaskRow::name).toList(), form[0]);
            assertEquals(List.of("Sở Khoa học và Công nghệ", "Sở Nội vụ"),
                    rows.tasks().stream().map(TaskRow::lead).toList(), form[0]);
            assertEquals(List.of("Trung tâm vận hành", "Lớp đào tạo"),
                    rows.tasks().stream().map(t -> String.join("; ", t.result())).toList(), form[0]);
            assertEquals(List.of("Quý IV/2026", "Năm 2026"), rows.tasks().stream().map(TaskRow::deadline).toList(), form[0]);
            assertTrue(rows.checks().stream().noneMatch(c -> c.contains("without a header")), rows.checks().toString());
        }
    }

    @Test
    void aPipeTableWhoseHeaderIsNotUnderstoodIsACheck() throws Exception {
        ExtractedRows rows = extract("doc.md",
                "| STT | Việc cần làm | Ai làm | Bao giờ |",
                "|---|---|---|---|",
                "| 1 | Xây dựng Trung tâm dữ liệu | Sở Khoa học và Công nghệ | Quý IV/2026 |",
                "| 2 | Đào tạo kỹ năng số | Sở Nội vụ | Năm 2026 |",
                "",
                "| Nơi nhận:<br>- Lưu: VT. | TM. ỦY BAN NHÂN DÂN |",
                "|---|---|");
        assertEquals(1, rows.checks().stream().filter(c -> c.contains("line 1") && c.contains("not read")).count(),
                rows.checks().toString());
        assertTrue(rows.checks().stream().noneMatch(c -> c.contains("line 6")), "a signature box has no numbered rows");
    }
}
