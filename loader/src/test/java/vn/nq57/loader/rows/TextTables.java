package vn.nq57.loader.rows;

import vn.nq57.loader.read.SourceReader;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.table.TableReader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The rows of a small text document a test writes line by line: its tables read, then their tasks and indicators. */
final class TextTables {
    private TextTables() {}

    /** Writes {@code lines} as {@code doc.txt} in {@code dir} and extracts its rows. */
    static ExtractedRows extract(Path dir, String... lines) throws Exception {
        SourceText text = SourceReader.read(Files.writeString(dir.resolve("doc.txt"), String.join("\n", lines) + "\n"));
        return RowExtractor.extract(text, TableReader.read(text));
    }

    /** Each task's deadline cell, in order. */
    static List<String> deadlines(ExtractedRows rows) {
        return rows.tasks().stream().map(TaskRow::deadline).toList();
    }
}
