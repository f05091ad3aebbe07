package vn.nq57.loader.rows;

import vn.nq57.loader.read.LineSpan;

import java.util.List;

/**
 * One task as printed in a task table: values with markup removed (continuation rows joined), and the verbatim
 * source lines. Blank cells are empty strings, never null. {@code footnotes} holds the text of the footnotes the row
 * refers to (resolved from the marks ¹²³ or [footnoteRef:n]); {@code section} may be null when the table has none.
 * {@code status} is a reported state as printed ("Hoàn thành", "Đang thực hiện", "Quá hạn") and {@code progress}
 * the reported result so far ("Kết quả hiện nay"), both "" when the document reports none.
 */
public record TaskRow(SectionRow section, String ordinal, String name, String responsibleHead, String lead,
                      String coordinating, List<String> result, String deadline, String note,
                      List<String> footnotes, LineSpan span, String verbatim, String status, String progress) {

    /** A task without a reported state or progress. */
    public TaskRow(SectionRow section, String ordinal, String name, String responsibleHead, String lead,
                   String coordinating, List<String> result, String deadline, String note,
                   List<String> footnotes, LineSpan span, String verbatim) {
        this(section, ordinal, name, responsibleHead, lead, coordinating, result, deadline, note, footnotes, span,
                verbatim, "", "");
    }
}
