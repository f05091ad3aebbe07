package vn.nq57.service.stats;

import vn.nq57.service.entity.Refs.DocumentRef;
import vn.nq57.service.entity.TermLabels.Label;

import java.util.List;

/**
 * The tasks the dashboard's overdue card counts, the answer of {@code GET /api/stats/overdue}: {@code total} equals
 * the card's {@code overdue.count} for the same day.
 *
 * @param asOf  today, ISO date ({@code 2026-11-30})
 * @param tasks one page, oldest deadline first
 */
public record OverdueList(String asOf, int total, int page, int size, List<Task> tasks) {

    /**
     * @param deadlineText the deadline as written; {@code end} the ISO date its interval ends on
     * @param documentKind the labels of the document's kind ("kế hoạch")
     */
    public record Task(String id, String name, String deadlineText, String end, List<String> leadUnits, DocumentRef document,
                       Label documentKind) {}
}
