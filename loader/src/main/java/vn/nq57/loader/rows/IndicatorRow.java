package vn.nq57.loader.rows;

import vn.nq57.loader.read.LineSpan;

/**
 * One indicator (KPI) row: name, unit of measure, target as printed, owner and coordinating units.
 * {@code group} is the heading it sits under (e.g. "Đến năm 2030"), or null. {@code horizon} is the year the target's
 * own column names ("Chỉ tiêu năm 2026", "Đến năm 2030"), or null when its column names none.
 */
public record IndicatorRow(SectionRow group, String ordinal, String name, String unit, String target,
                           String owner, String coordinating, String note, LineSpan span, String verbatim,
                           Integer horizon) {

    /** An indicator whose target column names no year. */
    public IndicatorRow(SectionRow group, String ordinal, String name, String unit, String target,
                        String owner, String coordinating, String note, LineSpan span, String verbatim) {
        this(group, ordinal, name, unit, target, owner, coordinating, note, span, verbatim, null);
    }
}
