package vn.nq57.loader.table;

import java.util.List;

/**
 * A table found in a source document: its header cells (markup removed), its rows in document order with
 * repeated headers skipped and page-break continuations joined, the 1-based line of the (first) header and
 * the few non-blank lines above it ("Phụ lục I … CHỈ TIÊU …") that tell what the table holds.
 */
public record Table(List<String> header, List<Row> rows, int headerLine, List<String> context) {
    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        context = List.copyOf(context);
    }
}
