package vn.nq57.loader.rows;

import java.util.List;

/**
 * Everything the table layer found in one document, in document order: sections, tasks, indicator groups and
 * indicators; how many table rows it saw; the lines it did not understand ({@code unparsed}); and what it read but a
 * person should check against the original ({@code checks}, sentences of the load report's checks: a table read without
 * its header row, its columns told from its cells).
 */
public record ExtractedRows(List<SectionRow> taskSections, List<TaskRow> tasks,
                           List<SectionRow> indicatorGroups, List<IndicatorRow> indicators,
                           int rowsSeen, List<Unparsed> unparsed, List<String> checks) {}
