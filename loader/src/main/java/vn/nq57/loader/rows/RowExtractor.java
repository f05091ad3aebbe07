package vn.nq57.loader.rows;

import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.table.Row;
import vn.nq57.loader.table.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns tables into task and indicator rows. Per table, the headings decide whether it lists tasks or indicators
 * and which column holds what ({@link ColumnMap}). A row numbered with a Roman numeral, or one that has only a
 * title, opens a section (a Roman row that also fills data columns is a task or indicator as well). Rows without a
 * number or with a repeated one are kept. Footnote marks are resolved to their text; anything in a table that fits
 * nowhere is reported in {@link ExtractedRows#unparsed()}.
 */
public final class RowExtractor {
    private static final List<Column> DATA = List.of(
            Column.HEAD, Column.LEAD, Column.COORDINATING, Column.UNIT, Column.TARGET, Column.RESULT, Column.DEADLINE);

    private final Footnotes footnotes;
    private final List<SectionRow> taskSections = new ArrayList<>();
    private final List<TaskRow> tasks = new ArrayList<>();
    private final List<SectionRow> indicatorGroups = new ArrayList<>();
    private final List<IndicatorRow> indicators = new ArrayList<>();
    private final List<Unparsed> unparsed = new ArrayList<>();
    private int rowsSeen;

    private RowExtractor(SourceText text) {
        this.footnotes = new Footnotes(text);
    }

    public static ExtractedRows extract(SourceText text, List<Table> tables) {
        RowExtractor extractor = new RowExtractor(text);
        for (Table table : tables) extractor.table(table);
        return new ExtractedRows(List.copyOf(extractor.taskSections), List.copyOf(extractor.tasks),
                List.copyOf(extractor.indicatorGroups), List.copyOf(extractor.indicators),
                extractor.rowsSeen, List.copyOf(extractor.unparsed));
    }

    private void table(Table table) {
        ColumnMap columns = new ColumnMap(table.header(), table.context());
        boolean indicator = columns.isIndicatorTable();
        if (!indicator && !columns.isTaskTable()) {
            unparsed.add(new Unparsed(table.headerLine(), String.join(" | ", table.header()),
                    "table is neither a task nor an indicator table"));
            return;
        }
        SectionRow section = null;
        boolean sectionHasRows = false;
        for (Row row : table.rows()) {
            rowsSeen++;
            if (row.cells().size() == 1 && table.header().size() > 1) {
                unparsed.add(new Unparsed(row.span().start(), row.verbatim(), "line inside the table fits no column"));
                continue;
            }
            Cells cells = new Cells(row, columns);
            String ordinal = cells.get(Column.ORDINAL);
            String name = cells.get(Column.NAME);
            boolean hasData = DATA.stream().anyMatch(c -> !cells.get(c).isEmpty());
            boolean roman = SectionHeadings.isRoman(ordinal);
            List<SectionRow> sections = indicator ? indicatorGroups : taskSections;
            if (!roman && ordinal.isEmpty() && !hasData && !name.isEmpty() && section != null && !sectionHasRows) {
                // a title-only row right under a heading describes that heading ("… cụ thể: số thứ tự từ 4 đến 35")
                section = new SectionRow(section.number(), section.title() + "\n" + name, section.statedCount(),
                        section.span().union(row.span()), section.verbatim() + "\n" + row.verbatim());
                sections.set(sections.size() - 1, section);
                continue;
            }
            boolean lettered = !hasData && !name.isEmpty() && !ordinal.isEmpty() && !Character.isDigit(ordinal.charAt(0));
            if (roman || lettered || (ordinal.isEmpty() && !hasData && !name.isEmpty())) {
                section = new SectionRow(ordinal.isEmpty() ? null : SectionHeadings.number(ordinal), name,
                        SectionHeadings.statedCount(name), row.span(), row.verbatim());
                sections.add(section);
                sectionHasRows = false;
                if (!hasData) continue;
            }
            if (name.isEmpty() && !hasData) {
                unparsed.add(new Unparsed(row.span().start(), row.verbatim(), "row has neither a name nor data"));
                continue;
            }
            if (name.isEmpty()) unparsed.add(new Unparsed(row.span().start(), row.verbatim(), "row without a name; kept"));
            for (String mark : footnotes.unresolved(row.verbatim()))
                unparsed.add(new Unparsed(row.span().start(), row.verbatim(), "footnote " + mark + " has no definition"));
            String number = roman ? SectionHeadings.number(ordinal) : stripDot(ordinal);
            sectionHasRows = true;
            if (indicator) {
                indicators.add(new IndicatorRow(section, number, name, cells.get(Column.UNIT), cells.get(Column.TARGET),
                        cells.get(Column.LEAD), cells.get(Column.COORDINATING), cells.get(Column.NOTE),
                        row.span(), row.verbatim()));
            } else {
                tasks.add(new TaskRow(section, number, name, cells.get(Column.HEAD), cells.get(Column.LEAD),
                        cells.get(Column.COORDINATING), ResultItems.split(cells.raw(Column.RESULT)),
                        cells.get(Column.DEADLINE), cells.get(Column.NOTE), footnotes.resolve(row.verbatim()),
                        row.span(), row.verbatim()));
            }
        }
    }

    private static String stripDot(String ordinal) {
        return ordinal.endsWith(".") ? ordinal.substring(0, ordinal.length() - 1).strip() : ordinal;
    }

    /** The cells of one row looked up by column meaning; single values flattened onto one line. */
    private record Cells(Row row, ColumnMap columns) {
        String raw(Column c) {
            return row.cell(columns.indexOf(c)).strip();
        }

        String get(Column c) {
            return raw(c).replace('\n', ' ');
        }
    }
}
