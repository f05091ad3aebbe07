package vn.nq57.loader.rows;

import java.util.List;

/** Everything the table layer found in one document, in document order. */
public record ExtractedRows(List<SectionRow> taskSections, List<TaskRow> tasks,
                           List<SectionRow> indicatorGroups, List<IndicatorRow> indicators,
                           int rowsSeen, List<Unparsed> unparsed) {}
