package vn.nq57.loader.export;

import java.util.List;

/**
 * One task or indicator flattened for JSON Lines and CSV export. Fields a kind does not have are null
 * (a task has no target, an indicator no deadline). {@code status} and {@code progress} are a task's reported state
 * and progress as the document prints them ("Đang thực hiện"; the "Kết quả hiện nay" column), null where it prints
 * none; {@code completed} is what the state means.
 */
public record ExportRecord(String type, String id, DocumentRef document, String section, String no, String name,
                           String responsibleHead, List<String> lead, List<String> coordinating, List<String> result,
                           DeadlineValue deadline, Boolean completed, String status, String progress,
                           List<String> cites, String unit,
                           TargetValue target, String year, Source source) {

    public record DocumentRef(String id, String file, String number, String issuer, String date) {}

    public record DeadlineValue(String raw, String kind, String start, String end) {}

    public record TargetValue(String raw, String comparator, String value, String max) {}

    public record Source(String file, int lineStart, int lineEnd) {}
}
