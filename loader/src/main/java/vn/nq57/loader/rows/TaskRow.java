package vn.nq57.loader.rows;

import vn.nq57.loader.read.LineSpan;

import java.util.List;

/**
 * One task as printed in a task table: values with markup removed (continuation rows joined), and the verbatim
 * source lines. Blank cells are empty strings, never null. {@code footnotes} holds the text of the footnotes the row
 * refers to (resolved from the marks ¹²³ or [footnoteRef:n]); {@code section} may be null when the table has none.
 */
public record TaskRow(SectionRow section, String ordinal, String name, String responsibleHead, String lead,
                      String coordinating, List<String> result, String deadline, String note,
                      List<String> footnotes, LineSpan span, String verbatim) {}
