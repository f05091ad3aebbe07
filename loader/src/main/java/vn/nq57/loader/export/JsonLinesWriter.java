package vn.nq57.loader.export;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** One JSON object per line: per document ({@code "type": "Document"}), then per task and per indicator. */
public final class JsonLinesWriter {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonLinesWriter() {}

    /** Writes the documents first, then the tasks and indicators; each object on its own line (JSON Lines). */
    public static void write(List<DocumentRecord> documents, List<ExportRecord> records, Writer out) throws IOException {
        for (DocumentRecord d : documents) {
            out.write(JSON.writeValueAsString(d));
            out.write('\n');
        }
        write(records, out);
    }

    /** Writes tasks and indicators only. */
    public static void write(List<ExportRecord> records, Writer out) throws IOException {
        for (ExportRecord r : records) {
            out.write(JSON.writeValueAsString(r));
            out.write('\n');
        }
        out.flush();
    }
}
