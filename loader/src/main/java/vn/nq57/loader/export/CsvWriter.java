package vn.nq57.loader.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A flat CSV of tasks and indicators: list values joined with " ; ", nested values spread over columns. */
public final class CsvWriter {
    static final String[] HEADER = {"type", "id", "document_file", "document_number", "document_issuer", "document_date",
            "section", "no", "name", "responsible_head", "lead", "coordinating", "result", "deadline_raw", "deadline_kind",
            "deadline_start", "deadline_end", "completed", "status", "progress", "cites", "unit", "target_raw", "target_comparator",
            "target_value", "target_max", "year", "source_file", "line_start", "line_end"};

    private CsvWriter() {}

    public static void write(List<ExportRecord> records, Writer out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (ExportRecord r : records) {
                var doc = r.document();
                var d = r.deadline();
                var t = r.target();
                csv.printRecord(r.type(), r.id(),
                        doc == null ? null : doc.file(), doc == null ? null : doc.number(),
                        doc == null ? null : doc.issuer(), doc == null ? null : doc.date(),
                        r.section(), r.no(), r.name(), r.responsibleHead(), join(r.lead()), join(r.coordinating()),
                        join(r.result()), d == null ? null : d.raw(), d == null ? null : d.kind(),
                        d == null ? null : d.start(), d == null ? null : d.end(), r.completed(), r.status(), r.progress(),
                        join(r.cites()),
                        r.unit(), t == null ? null : t.raw(), t == null ? null : t.comparator(),
                        t == null ? null : t.value(), t == null ? null : t.max(), r.year(),
                        r.source().file(), r.source().lineStart(), r.source().lineEnd());
            }
        }
    }

    private static String join(List<String> values) {
        return values == null ? null : String.join(" ; ", values);
    }
}
