package vn.nq57.loader.rows;

import vn.nq57.loader.read.LineSpan;

/**
 * A group heading inside a task or indicator table ("I | Công tác chỉ đạo, điều hành (04 nhiệm vụ)",
 * "Đến năm 2030"). {@code statedCount} is the count the heading announces, or null.
 */
public record SectionRow(String number, String title, Integer statedCount, LineSpan span, String verbatim) {}
