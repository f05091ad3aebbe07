package vn.nq57.service.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a table as RFC 4180 CSV in UTF-8 with a byte order mark: without it Excel reads the file in the
 * machine's legacy code page and garbles every Vietnamese letter.
 */
final class CsvTableWriter {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvTableWriter() {}

    static void write(ResultTable table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(table.columns().toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        for (Map<String, String> row : table.rows()) {
            for (String column : table.columns()) printer.print(ResultTable.cell(row, column));
            printer.println();
        }
        printer.flush(); // not closed: the caller owns the stream
    }
}
