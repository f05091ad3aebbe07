package vn.nq57.loader.rows;

import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.table.Row;
import vn.nq57.loader.table.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Map;

/**
 * Turns tables into task and indicator rows. Per table, the headings decide whether it lists tasks or indicators
 * and which column holds what ({@link ColumnMap}). A row numbered with a Roman numeral, or one that has only a
 * title, opens a section (a Roman row that also fills data columns is a task or indicator as well). A group row's
 * title is its text whichever column holds it (a table may open with its time column). In a table of tasks without
 * Roman groups, a row numbered N that fills no data column over rows numbered N.1, N.2 … is their group. Rows without a
 * number or with a repeated one are kept. A unit column that marks each name's role ("Phòng VH-XH (chủ trì); Đoàn
 * Thanh niên") gives the marked lead and the others as coordinating ({@link RoleMarks}). Footnote marks are resolved to
 * their text; anything in a table that fits nowhere is reported in {@link ExtractedRows#unparsed()}. A document that
 * lists no tasks (or no indicators) in a table gets those written as running text ({@link ProseItems}); one whose part
 * on tasks holds a table beside lettered items of its own gets both, each from the lines it owns.
 */
public final class RowExtractor {
    private static final List<Column> DATA = List.of(
            Column.HEAD, Column.LEAD, Column.COORDINATING, Column.UNIT, Column.TARGET, Column.RESULT, Column.DEADLINE,
            Column.STATUS, Column.PROGRESS);

    /** A name cell that carries its row's number: "1. Tỷ lệ …", "2.1) Số …", "II. Chỉ tiêu …". */
    private static final Pattern NUMBERED_NAME = Pattern.compile("(?s)^((?:\\d{1,3}(?:\\.\\d{1,3})*|[IVX]{1,5}))[.)]\\s+(\\S.*)$");

    private final Footnotes footnotes;
    private final List<SectionRow> taskSections = new ArrayList<>();
    private final List<TaskRow> tasks = new ArrayList<>();
    private final List<SectionRow> indicatorGroups = new ArrayList<>();
    private final List<IndicatorRow> indicators = new ArrayList<>();
    private final List<Unparsed> unparsed = new ArrayList<>();
    /** What was read but is for a person to check ({@link ExtractedRows#checks}). */
    private final List<String> checks = new ArrayList<>();
    private int rowsSeen;
    /** The plan's own year, or null when unknown: a year column before it holds current values, not targets. */
    private final Integer planYear;

    private RowExtractor(SourceText text, Integer planYear) {
        this.footnotes = new Footnotes(text);
        this.planYear = planYear;
    }

    /** The rows of {@code tables} and of the text's prose, when the plan's year is not known. */
    public static ExtractedRows extract(SourceText text, List<Table> tables) {
        return extract(text, tables, null);
    }

    /**
     * Takes the document's text, its tables and the plan's own year (null if unknown) and gives its task and
     * indicator rows. Among an indicator table's year columns, one for a year before the plan's ("Năm 2025" beside
     * "Năm 2026" in a plan of 2026) is the current value the targets start from: it gives no indicator.
     */
    public static ExtractedRows extract(SourceText text, List<Table> tables, Integer planYear) {
        RowExtractor extractor = new RowExtractor(text, planYear);
        // the header line of each table that gave tasks, with the tasks it gave (from, to) in the list
        java.util.Map<Integer, int[]> taskTables = new java.util.LinkedHashMap<>();
        for (Table table : tables) {
            int before = extractor.tasks.size();
            extractor.table(table);
            if (extractor.tasks.size() > before) taskTables.put(table.headerLine(), new int[] {before, extractor.tasks.size()});
        }
        renumberMisread(extractor.tasks, text);
        extractor.checks.addAll(unreadPipeTables(text, tableLines(text, tables)));
        // Tasks written as running text count where no table lists them: a table of tasks is the document's own
        // list, and the prose elsewhere (above it, or in the body over an appendix's table) summarises the same work.
        // A part on tasks that holds a table beside its own lettered items gives both: the table the group it stands
        // in, the prose the other groups (ProseItems.read).
        ProseItems prose = ProseItems.read(text, tableLines(text, tables), List.copyOf(taskTables.keySet()));
        if (extractor.tasks.isEmpty()) {
            extractor.taskSections.addAll(prose.sections);
            extractor.tasks.addAll(prose.tasks);
            extractor.unparsed.addAll(prose.notTasks);
        } else if (!prose.tasks.isEmpty() || !prose.tableSections.isEmpty()) {
            // a table without group rows of its own stands under the prose heading it is printed under
            prose.tableSections.forEach((line, section) -> {
                int[] range = taskTables.get(line);
                boolean used = false;
                for (int k = range[0]; k < range[1]; k++) {
                    TaskRow t = extractor.tasks.get(k);
                    if (t.section() != null) continue;
                    extractor.tasks.set(k, withSection(t, section));
                    used = true;
                }
                if (used && !extractor.taskSections.contains(section)) extractor.taskSections.add(section);
            });
            extractor.taskSections.addAll(prose.sections);
            extractor.tasks.addAll(prose.tasks);
            extractor.unparsed.addAll(prose.notTasks);
            // document order, as a reader meets them (a stable sort: a table's rows keep theirs)
            extractor.taskSections.sort(java.util.Comparator.comparingInt(RowExtractor::start));
            extractor.tasks.sort(java.util.Comparator.comparingInt(t -> t.span() == null ? Integer.MAX_VALUE : t.span().start()));
        }
        if (extractor.indicators.isEmpty()) {
            extractor.indicatorGroups.addAll(prose.goalGroups);
            extractor.indicators.addAll(prose.goals);
        }
        return new ExtractedRows(List.copyOf(extractor.taskSections), List.copyOf(extractor.tasks),
                List.copyOf(extractor.indicatorGroups), List.copyOf(extractor.indicators),
                extractor.rowsSeen, List.copyOf(extractor.unparsed), List.copyOf(extractor.checks));
    }

    /**
     * A scanned row's number that OCR misread into no number ("lộ" for 8): after a row numbered k, and before a row
     * numbered k + 2 or at the end of the list, it is k + 1. Only rows read by OCR, and only a label that is no number
     * at all: a typed table prints what it means.
     *
     * @param tasks the tasks in document order, replaced in place where a number is restored
     */
    static void renumberMisread(List<TaskRow> tasks, SourceText text) {
        for (int i = 1; i < tasks.size(); i++) {
            TaskRow t = tasks.get(i);
            if (t.span() == null || !text.origin(t.span().start()).ocr() || t.ordinal().isEmpty()
                    || t.ordinal().chars().anyMatch(Character::isDigit) || ROMAN.matcher(t.ordinal()).matches()
                    || t.ordinal().length() > 3 || t.ordinal().matches("[a-zđA-ZĐ][.)]?")) continue;   // lettered rows
            Integer before = number(tasks.get(i - 1).ordinal());
            Integer after = i + 1 < tasks.size() ? number(tasks.get(i + 1).ordinal()) : null;
            if (before == null || i + 1 < tasks.size() && (after == null || after != before + 2)) continue;
            tasks.set(i, new TaskRow(t.section(), String.valueOf(before + 1), t.name(), t.responsibleHead(), t.lead(),
                    t.coordinating(), t.result(), t.deadline(), t.note(), t.footnotes(), t.span(), t.verbatim(),
                    t.status(), t.progress()));
        }
    }

    private static int start(SectionRow s) {
        return s.span() == null ? Integer.MAX_VALUE : s.span().start();
    }

    private static TaskRow withSection(TaskRow t, SectionRow section) {
        return new TaskRow(section, t.ordinal(), t.name(), t.responsibleHead(), t.lead(), t.coordinating(), t.result(),
                t.deadline(), t.note(), t.footnotes(), t.span(), t.verbatim(), t.status(), t.progress());
    }

    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("[IVXLivxl]+\\.?");

    private static Integer number(String ordinal) {
        return ordinal != null && ordinal.matches("\\d{1,3}\\.?") ? Integer.valueOf(ordinal.replace(".", "")) : null;
    }

    private static final java.util.regex.Pattern PIPE_SEPARATOR = java.util.regex.Pattern.compile("^\\s*\\|\\s*:?-{2,}.*");
    private static final java.util.regex.Pattern NUMBERED_PIPE_ROW =
            java.util.regex.Pattern.compile("^\\s*\\|\\s*(?:\\*\\*)?\\d{1,3}\\.?(?:\\*\\*)?\\s*\\|.*");

    /**
     * Markdown pipe tables with numbered rows that no table reader took (their header was not understood): their
     * rows are lost to the graph or read as running text, which a person must be told.
     *
     * @param text    the document
     * @param inTable the lines read as tables ({@link #tableLines})
     * @return one check per such table, naming its header line and header
     */
    static List<String> unreadPipeTables(SourceText text, boolean[] inTable) {
        List<String> out = new ArrayList<>();
        int n = 1;
        while (n < text.lineCount()) {
            if (inTable[n] || !text.line(n).stripLeading().startsWith("|")
                    || !PIPE_SEPARATOR.matcher(text.line(n + 1)).matches()) { n++; continue; }
            int numbered = 0, end = n + 2;
            for (; end <= text.lineCount() && text.line(end).stripLeading().startsWith("|"); end++)
                if (NUMBERED_PIPE_ROW.matcher(text.line(end)).matches()) numbered++;
            // a signature block or a box is a pipe table too, but has no numbered rows
            if (numbered >= 2)
                out.add("a table at line " + n + " (" + text.line(n).strip() + ") was not read: its header is not"
                        + " understood, so its " + numbered + " numbered rows are not tasks or indicators of their own");
            n = end;
        }
        return out;
    }

    /** Lines that belong to a table (header to last row), indexed 1..lineCount. */
    private static boolean[] tableLines(SourceText text, List<Table> tables) {
        boolean[] in = new boolean[text.lineCount() + 2];
        for (Table t : tables) {
            int last = t.headerLine();
            for (Row r : t.rows()) last = Math.max(last, r.span().end());
            for (int n = t.headerLine(); n <= last && n < in.length; n++) in[n] = true;
        }
        return in;
    }

    private void table(Table table) {
        List<String> header = table.header();
        if (header.stream().allMatch(String::isBlank)) {
            // a table without a header row: its columns told from their cells, and said so for a person to check
            header = ColumnRoles.infer(table.rows(), header.size());
            if (header == null) {
                unparsed.add(new Unparsed(table.headerLine(), table.rows().getFirst().verbatim(),
                        "table without a header row whose columns its cells do not tell"));
                return;
            }
            // read, not misunderstood: a check, not a line "not understood"
            checks.add("a table without a header row (line " + table.headerLine() + "): its columns told from their cells"
                    + " as " + String.join(" | ", header) + "; compare them with the original");
        }
        ColumnMap columns = new ColumnMap(header, table.context());
        boolean indicator = columns.isIndicatorTable();
        if (!indicator && !columns.isTaskTable()) {
            unparsed.add(new Unparsed(table.headerLine(), String.join(" | ", header),
                    "table is neither a task nor an indicator table"));
            return;
        }
        SectionRow section = null;
        boolean sectionHasRows = false;
        boolean lastWasItem = false;                     // the row before was a task or indicator of this table
        boolean romanGroups = table.rows().stream()
                .anyMatch(r -> SectionHeadings.isRoman(r.cell(columns.indexOf(Column.ORDINAL)).strip()));
        List<Row> rows = table.rows();
        for (int at = 0; at < rows.size(); at++) {
            Row row = rows.get(at);
            rowsSeen++;
            if (row.cells().size() == 1 && table.header().size() > 1) {
                unparsed.add(new Unparsed(row.span().start(), row.verbatim(), "line inside the table fits no column"));
                continue;
            }
            row = mergedCell(row, columns);
            Cells cells = new Cells(row, columns);
            String ordinal = cells.get(Column.ORDINAL);
            String name = cells.get(Column.NAME);
            java.util.regex.Matcher numbered = NUMBERED_NAME.matcher(name);
            if (columns.indexOf(Column.ORDINAL) < 0 && numbered.matches()) {
                // a table without a number column numbers its rows in the names' cell ("1. Tỷ lệ hồ sơ …")
                ordinal = numbered.group(1);
                name = numbered.group(2);
            }
            boolean hasData = DATA.stream().anyMatch(c -> !cells.get(c).isEmpty());
            boolean roman = SectionHeadings.isRoman(ordinal);
            List<SectionRow> sections = indicator ? indicatorGroups : taskSections;
            // Roman or capital-lettered ("A.", "B") numbers head groups; lower-case letters number items
            boolean groupNumber = roman || ordinal.matches("\\p{Lu}[.)]?");
            String titleElsewhere = groupNumber && name.isEmpty() ? onlyText(row, columns) : null;
            if (titleElsewhere != null) {
                // a group row whose title stands in another column than the names' (a table that opens with its
                // time column): its text is its title, not data, and it continues no item above it
                section = new SectionRow(SectionHeadings.number(ordinal), titleElsewhere,
                        SectionHeadings.statedCount(titleElsewhere), row.span(), row.verbatim());
                sections.add(section);
                sectionHasRows = false;
                lastWasItem = false;
                continue;
            }
            if (!indicator && !romanGroups && !hasData && !name.isEmpty() && headsSubItems(ordinal, rows, at, columns)) {
                // "1 | Hoàn thiện thể chế" over "1.1", "1.2": a numbered group of the tasks numbered under it
                section = new SectionRow(stripDot(ordinal), name, SectionHeadings.statedCount(name), row.span(),
                        row.verbatim());
                sections.add(section);
                sectionHasRows = false;
                lastWasItem = false;
                continue;
            }
            if (lastWasItem && ordinal.isEmpty() && Continuation.continues(lastName(indicator), name)) {
                // a row broken by a page end without a blank line: its cells continue the item above
                continueLast(indicator, cells, row);
                continue;
            }
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
                // A group row assigns work of its own only when it names who does it (a lead unit); other cells
                // filled on a group row are what a page break pushed down from the row above.
                boolean ownWork = indicator ? hasData : !cells.get(Column.LEAD).isEmpty();
                if (!ownWork) {
                    if (hasData && lastWasItem) continueLast(indicator, cells.without(Column.NAME), row);
                    lastWasItem = false;
                    continue;
                }
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
            lastWasItem = true;
            if (indicator) {
                indicatorsOf(section, number, name, cells, row, columns);
            } else {
                tasks.add(new TaskRow(section, number, name, cells.get(Column.HEAD), cells.lead(),
                        cells.coordinating(), ResultItems.split(cells.raw(Column.RESULT)),
                        cells.get(Column.DEADLINE), cells.note(), footnotes.resolve(row.verbatim()),
                        row.span(), row.verbatim(), cells.get(Column.STATUS), cells.get(Column.PROGRESS)));
            }
        }
    }

    /**
     * A row whose cells besides its number all hold the same text is one cell merged across the table (a group
     * title "Chính quyền số" that a converter repeats in every column it spans): that text stands once, in the
     * names' column. Other rows come back as they are.
     *
     * @param row     a table row
     * @param columns the table's columns
     * @return the row with the repeated text in the names' column only, or {@code row}
     */
    static Row mergedCell(Row row, ColumnMap columns) {
        int ordinal = columns.indexOf(Column.ORDINAL), name = columns.indexOf(Column.NAME);
        if (name < 0) return row;
        String text = null;
        int filled = 0;
        for (int c = 0; c < row.cells().size(); c++) {
            if (c == ordinal) continue;
            String cell = row.cell(c).strip();
            if (cell.isEmpty()) continue;
            if (text != null && !text.equals(cell)) return row;
            text = cell;
            filled++;
        }
        if (filled < 2 || !row.cell(name).strip().equals(text)) return row;
        List<String> cells = new ArrayList<>(row.cells());
        for (int c = 0; c < cells.size(); c++) if (c != ordinal && c != name) cells.set(c, "");
        return new Row(cells, row.span(), row.verbatim());
    }

    /**
     * The text of a row that fills one cell only besides its number, when that cell is not the names' column (the
     * title of a group row printed under another heading); null otherwise.
     */
    private static String onlyText(Row row, ColumnMap columns) {
        String text = null;
        for (int c = 0; c < row.cells().size(); c++) {
            if (c == columns.indexOf(Column.ORDINAL)) continue;
            String cell = row.cell(c).strip();
            if (cell.isEmpty()) continue;
            if (text != null || c == columns.indexOf(Column.NAME)) return null;
            text = cell.replace('\n', ' ');
        }
        return text;
    }

    /**
     * True when {@code ordinal} is a plain number N and the next numbered row of the table is numbered N.k ("1" over
     * "1.1"): the row groups the items numbered under it.
     */
    private static boolean headsSubItems(String ordinal, List<Row> rows, int at, ColumnMap columns) {
        if (!ordinal.matches("\\d{1,3}\\.?")) return false;
        String n = stripDot(ordinal);
        for (int i = at + 1; i < rows.size(); i++) {
            String next = rows.get(i).cell(columns.indexOf(Column.ORDINAL)).strip();
            if (next.isEmpty()) continue;
            return next.matches(Pattern.quote(n) + "\\.[1-9]\\d*\\.?");
        }
        return false;
    }

    /**
     * Adds a row's indicator: one for each target column that names its year ("Đến năm 2025" | "Đến năm 2030"), with
     * that column's target and year (an indicator has one target), else one with the target column's.
     */
    private void indicatorsOf(SectionRow section, String number, String name, Cells cells, Row row, ColumnMap columns) {
        Map<Integer, Integer> horizons = new java.util.LinkedHashMap<>(columns.horizons());
        boolean dropped = planYear != null && horizons.values().stream().anyMatch(y -> y >= planYear)
                && horizons.values().removeIf(y -> y < planYear);   // baseline columns: kept in the verbatim only
        if (horizons.size() < 2) {
            int column = dropped ? horizons.keySet().iterator().next() : columns.indexOf(Column.TARGET);
            String target = dropped ? row.cell(column).strip().replace('\n', ' ') : cells.get(Column.TARGET);
            indicators.add(new IndicatorRow(section, number, name, cells.get(Column.UNIT), target,
                    cells.lead(), cells.coordinating(), cells.note(), row.span(), row.verbatim(), horizons.get(column)));
            return;
        }
        boolean any = horizons.keySet().stream().anyMatch(i -> !row.cell(i).isBlank());
        for (Map.Entry<Integer, Integer> h : horizons.entrySet()) {
            String target = row.cell(h.getKey()).strip().replace('\n', ' ');
            if (any && target.isEmpty()) continue;      // no target for that year
            indicators.add(new IndicatorRow(section, number, name, cells.get(Column.UNIT), target,
                    cells.lead(), cells.coordinating(), cells.note(), row.span(), row.verbatim(), h.getValue()));
            if (!any) return;
        }
    }

    private String lastName(boolean indicator) {
        if (indicator) return indicators.isEmpty() ? "" : indicators.getLast().name();
        return tasks.isEmpty() ? "" : tasks.getLast().name();
    }

    /** Appends a row's cells to the last task or indicator, leaving out words the item already has. */
    private void continueLast(boolean indicator, Cells more, Row row) {
        if (indicator) {
            if (indicators.isEmpty()) return;
            IndicatorRow r = indicators.getLast();
            indicators.set(indicators.size() - 1, new IndicatorRow(r.group(), r.ordinal(),
                    Continuation.join(r.name(), more.get(Column.NAME)), Continuation.join(r.unit(), more.get(Column.UNIT)),
                    Continuation.join(r.target(), more.get(Column.TARGET)), Continuation.join(r.owner(), more.lead(), r.verbatim()),
                    Continuation.join(r.coordinating(), more.coordinating(), r.verbatim()), Continuation.join(r.note(), more.note()),
                    r.span().union(row.span()), r.verbatim() + "\n" + row.verbatim(), r.horizon()));
            return;
        }
        if (tasks.isEmpty()) return;
        TaskRow t = tasks.getLast();
        // a fragment repeated from another cell of the row above (a page-break artefact) is not new text
        String seen = t.verbatim();
        List<String> result = new ArrayList<>(t.result());
        for (String item : ResultItems.split(more.raw(Column.RESULT)))
            if (!Continuation.repeats(String.join(" ", result), item)) result.add(item);
        List<String> notes = new ArrayList<>(t.footnotes());
        for (String f : footnotes.resolve(row.verbatim())) if (!notes.contains(f)) notes.add(f);
        tasks.set(tasks.size() - 1, new TaskRow(t.section(), t.ordinal(), Continuation.join(t.name(), more.get(Column.NAME)),
                Continuation.join(t.responsibleHead(), more.get(Column.HEAD), seen),
                Continuation.join(t.lead(), more.lead(), seen),
                Continuation.join(t.coordinating(), more.coordinating(), seen), result,
                Continuation.join(t.deadline(), more.get(Column.DEADLINE), seen), Continuation.join(t.note(), more.note()),
                notes, t.span().union(row.span()), t.verbatim() + "\n" + row.verbatim(),
                Continuation.join(t.status(), more.get(Column.STATUS)), Continuation.join(t.progress(), more.get(Column.PROGRESS))));
    }

    private static String stripDot(String ordinal) {
        return ordinal.endsWith(".") ? ordinal.substring(0, ordinal.length() - 1).strip() : ordinal;
    }

    /** The cells of one row looked up by column meaning; single values flattened onto one line. */
    private record Cells(Row row, ColumnMap columns, Column blank) {
        Cells(Row row, ColumnMap columns) {
            this(row, columns, null);
        }

        /** The same cells with one column read as empty. */
        Cells without(Column c) {
            return new Cells(row, columns, c);
        }

        String raw(Column c) {
            return c == blank ? "" : row.cell(columns.indexOf(c)).strip();
        }

        String get(Column c) {
            return raw(c).replace('\n', ' ');
        }

        /** The lead units: the lead column, without the names its cell marks as coordinating ("X (chủ trì); Y"). */
        String lead() {
            RoleMarks marks = RoleMarks.of(raw(Column.LEAD));
            return marks == null ? get(Column.LEAD) : marks.lead();
        }

        /**
         * Coordinating units: their own column, the names the lead column's cell marks as not leading, and the unit
         * names of a merged "Ghi chú &amp; Đơn vị phối hợp" column.
         */
        String coordinating() {
            RoleMarks marks = RoleMarks.of(raw(Column.LEAD));
            String own = marks == null ? get(Column.COORDINATING) : joined(marks.coordinating(), get(Column.COORDINATING));
            return joined(own, MergedNotes.units(raw(Column.NOTE_OR_COORDINATING)));
        }

        /** Notes: their own column, and what is not a unit name in a merged notes-and-units column. */
        String note() {
            return joined(get(Column.NOTE), MergedNotes.notes(raw(Column.NOTE_OR_COORDINATING)));
        }

        private static String joined(String a, String b) {
            if (b.isEmpty()) return a;
            return a.isEmpty() ? b : a + "; " + b;
        }
    }
}
