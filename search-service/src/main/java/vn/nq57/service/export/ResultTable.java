package vn.nq57.service.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Results as a download holds them: named columns in order and one row per result, each a map from column to text,
 * and the type of each column's cells for a spreadsheet ({@link CellType}; text when not given). A missing or null
 * cell is written empty. The column {@link #ID}, when present, holds each result's IRI: the JSON-LD export describes
 * those resources.
 */
public record ResultTable(List<String> columns, List<Map<String, String>> rows, Map<String, CellType> types) {

    /** The column of the results' IRIs. */
    public static final String ID = "id";

    /** How a spreadsheet types a column's cells; CSV and JSON write the text as it is. */
    public enum CellType {
        /** Text, never converted ("1.2" stays text). */
        TEXT,
        /** An ISO date (2026-06-30), written as a date cell. */
        DATE,
        /** A whole or decimal number, written as a number cell. */
        NUMBER,
        /** true or false, written as a boolean cell. */
        BOOLEAN,
        /** An absolute URL, written as a hyperlink. */
        LINK,
        /** The IRI of a resource the row refers to (its document, its area): text in a sheet; JSON-LD describes it. */
        IRI
    }

    public ResultTable {
        columns = List.copyOf(columns);
        rows = Collections.unmodifiableList(new ArrayList<>(rows));
        types = Map.copyOf(types);
    }

    public ResultTable(List<String> columns, List<Map<String, String>> rows) {
        this(columns, rows, Map.of());
    }

    /** The type of a column's cells. */
    public CellType type(String column) {
        return types.getOrDefault(column, CellType.TEXT);
    }

    /** The cell's text, empty when the row has no value for the column. */
    public static String cell(Map<String, String> row, String column) {
        return Objects.requireNonNullElse(row.get(column), "");
    }

    /** The non-empty values of the {@link #ID} column, in row order. */
    public List<String> ids() {
        return rows.stream().map(row -> cell(row, ID)).filter(id -> !id.isEmpty()).distinct().toList();
    }

    /** The {@link #ids()}, then the non-empty values of the {@link CellType#IRI} columns: what the rows refer to. */
    public List<String> referencedIds() {
        List<String> iriColumns = columns.stream().filter(c -> type(c) == CellType.IRI).toList();
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(ids());
        for (Map<String, String> row : rows)
            for (String c : iriColumns) if (!cell(row, c).isEmpty()) out.add(cell(row, c));
        return List.copyOf(out);
    }

    public static Builder builder(String... columns) {
        return new Builder(List.of(columns));
    }

    /** Collects rows given as values in column order. */
    public static final class Builder {
        private final List<String> columns;
        private final List<Map<String, String>> rows = new ArrayList<>();
        private final Map<String, CellType> types = new LinkedHashMap<>();

        private Builder(List<String> columns) {
            this.columns = columns;
        }

        /** Types the cells of these columns. */
        public Builder type(CellType type, String... typed) {
            for (String c : typed) {
                if (!columns.contains(c)) throw new IllegalArgumentException("no column " + c + " in " + columns);
                types.put(c, type);
            }
            return this;
        }

        /** Adds a row; {@code values} follow the columns' order, a null value is an empty cell. */
        public Builder row(Object... values) {
            if (values.length != columns.size())
                throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns " + columns);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) row.put(columns.get(i), values[i] == null ? null : values[i].toString());
            rows.add(row);
            return this;
        }

        public ResultTable build() {
            return new ResultTable(columns, rows, types);
        }
    }
}
