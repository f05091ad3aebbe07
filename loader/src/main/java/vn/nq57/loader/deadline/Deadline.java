package vn.nq57.loader.deadline;

import java.time.LocalDate;

/**
 * A task's deadline: the text as printed, what kind of time it names, and the interval it covers (a date gives
 * start = end; recurring, conditional and unknown deadlines may have none). {@code completed} records a note
 * that the task is done ("Đã hoàn thành"), which does not change the kind.
 */
public record Deadline(String raw, Kind kind, LocalDate start, LocalDate end, boolean completed) {
    public enum Kind { DATE, MONTH, QUARTER, YEAR, RANGE, RECURRING, CONDITIONAL, UNKNOWN }
}
