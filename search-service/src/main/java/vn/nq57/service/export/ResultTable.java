package vn.nq57.service.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Results as a download holds them: named columns in order and one row per result, each a map from column to text.
 * A missing or null cell is written empty. The column {@link #ID}, when present, holds each result's IRI: the
 * JSON-LD export describes those resources.
 */
public record ResultTable(List<String> columns, List<Map<String, String>> rows) {

    /** The column of the results' IRIs. */
    public static final String ID = "id";

    public ResultTable {
        columns = List.copyOf(columns);
        rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }

    /** The cell's text, empty when the row has no value for the column. */
    public static String cell(Map<String, String> row, String column) {
        return Objects.requireNonNullElse(row.get(column), "");
    }

    /** The non-empty values of the {@link #ID} column, in row order. */
    public List<String> ids() {
        return rows.stream().map(row -> cell(row, ID)).filter(id -> !id.isEmpty()).distinct().toList();
    }

    public static Builder builder(String... columns) {
        return new Builder(List.of(columns));
    }

    /** Collects rows given as values in column order. */
    public static final class Builder {
        private final List<String> columns;
        private final List<Map<String, String>> rows = new ArrayList<>();

        private Builder(List<String> columns) {
            this.columns = columns;
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
            return new ResultTable(columns, rows);
        }
    }
}
