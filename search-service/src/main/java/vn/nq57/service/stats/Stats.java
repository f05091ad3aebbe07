package vn.nq57.service.stats;

import java.util.List;

/**
 * Counts over the whole graph, the answer of {@code GET /api/stats}. Documents are the policy documents
 * known to the graph, read or only cited, appendices counted with their plan; tasks and indicators are counted
 * at the level and in the province of the document they are in.
 */
public record Stats(int documents, int tasks, int indicators, List<LevelCount> byLevel, List<ProvinceCount> byProvince,
                    List<QuarterCount> tasksByDeadlineQuarter, Overdue overdue, int completed) {

    public record LevelCount(String level, int documents, int tasks, int indicators) {}

    /** {@code id} is the province's area IRI, {@code province} its label. */
    public record ProvinceCount(String id, String province, int documents, int tasks, int indicators) {}

    /** Tasks whose deadline ends in the quarter, e.g. {@code 2026-Q2}. */
    public record QuarterCount(String quarter, int count) {}

    /** Tasks not completed whose deadline ended before {@code asOf}. */
    public record Overdue(String asOf, int count) {}
}
