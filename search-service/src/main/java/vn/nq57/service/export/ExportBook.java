package vn.nq57.service.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one download holds: one or more named tables (an XLSX sheet each) and what was asked for, as label/value
 * pairs (the XLSX's sheet "Truy vấn"). CSV, JSON and JSON-LD write {@link #combined()}: every table's rows in one.
 *
 * @param sheets the tables, in order, by sheet name (names are made safe for Excel when written)
 * @param about  what the download is: the query, its filters, the document, the time, the link back
 */
public record ExportBook(Map<String, ResultTable> sheets, Map<String, String> about) {

    /** The name of the sheet that describes the query. */
    public static final String ABOUT_SHEET = "Truy vấn";
    /** In {@link #combined()}, the column naming the sheet a row came from (when there are several). */
    public static final String SHEET_COLUMN = "sheet";

    public ExportBook {
        sheets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sheets));
        about = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(about));
    }

    /** A book of one table. */
    public static ExportBook of(String sheet, ResultTable table, Map<String, String> about) {
        return new ExportBook(Map.of(sheet, table), about);
    }

    /**
     * Every sheet's rows in one table, columns in first-seen order; with several sheets a first column
     * {@link #SHEET_COLUMN} says where each row came from.
     */
    public ResultTable combined() {
        if (sheets.size() == 1) return sheets.values().iterator().next();
        Set<String> columns = new LinkedHashSet<>();
        columns.add(SHEET_COLUMN);
        Map<String, ResultTable.CellType> types = new LinkedHashMap<>();
        List<Map<String, String>> rows = new ArrayList<>();
        sheets.forEach((name, table) -> {
            columns.addAll(table.columns());
            table.columns().forEach(c -> types.putIfAbsent(c, table.type(c)));
            for (Map<String, String> row : table.rows()) {
                Map<String, String> r = new LinkedHashMap<>();
                r.put(SHEET_COLUMN, name);
                r.putAll(row);
                rows.add(r);
            }
        });
        return new ResultTable(List.copyOf(columns), rows, types);
    }
}
