package vn.nq57.loader.rows;

import vn.nq57.loader.read.LineSpan;

/**
 * One indicator (KPI) row: name, unit of measure, target as printed, owner and coordinating units.
 * {@code group} is the heading it sits under (e.g. "Đến năm 2030"), or null.
 */
public record IndicatorRow(SectionRow group, String ordinal, String name, String unit, String target,
                           String owner, String coordinating, String note, LineSpan span, String verbatim) {}
