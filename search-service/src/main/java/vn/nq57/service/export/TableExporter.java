package vn.nq57.service.export;

import com.ibm.icu.text.Transliterator;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a {@link ResultTable} in an {@link ExportFormat} and wraps it as a download. Shared by every API that
 * lists results; knows nothing of what the rows mean.
 */
public class TableExporter {
    /** Vietnamese and other letters folded to ASCII for the file name every browser and shell accepts. */
    private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private final Dataset dataset;
    private final JsonMapper json = JsonMapper.builder().build();

    /** @param dataset where the JSON-LD export reads the descriptions of the results' IRIs */
    public TableExporter(Dataset dataset) {
        this.dataset = dataset;
    }

    /**
     * The table as an attachment.
     *
     * @param baseName the file name without extension, e.g. {@code lineage-down-92-KH-UBND}; folded to ASCII
     */
    public ResponseEntity<byte[]> download(ResultTable table, ExportFormat format, String baseName) {
        return download(ExportBook.of(baseName, table, java.util.Map.of()), format, baseName);
    }

    /**
     * The book as an attachment: XLSX with a sheet per table and one describing the query; CSV, JSON and JSON-LD of
     * {@link ExportBook#combined()}.
     *
     * @param baseName the file name without extension; folded to ASCII
     */
    public ResponseEntity<byte[]> download(ExportBook book, ExportFormat format, String baseName) {
        return download(book, format, baseName, ExportHeaders.KEYS);
    }

    /**
     * The book as an attachment, its CSV or XLSX header row (and the codes in its rows) as {@code headers} says
     * ({@link ExportHeaders}); JSON and JSON-LD are as {@link #download(ExportBook, ExportFormat, String)} writes them.
     *
     * @param baseName the file name without extension; folded to ASCII
     * @return the download, with {@code Vary: Accept, Accept-Language}
     */
    public ResponseEntity<byte[]> download(ExportBook book, ExportFormat format, String baseName, ExportHeaders headers) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(book, format, body, headers);
        MediaType type = MediaType.parseMediaType(format.mediaType());
        if (format != ExportFormat.XLSX) type = new MediaType(type, StandardCharsets.UTF_8);
        String fileName = fileName(baseName) + "." + format.shortName();
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE)
                .body(body.toByteArray());
    }

    /** Writes the table; the stream is left open. {@code title} names the XLSX sheet. */
    public void write(ResultTable table, ExportFormat format, String title, OutputStream out) {
        write(ExportBook.of(title, table, java.util.Map.of()), format, out);
    }

    /** Writes the book; the stream is left open. */
    public void write(ExportBook book, ExportFormat format, OutputStream out) {
        write(book, format, out, ExportHeaders.KEYS);
    }

    /** Writes the book, a CSV's or XLSX's header row as {@code headers} says; the stream is left open. */
    public void write(ExportBook book, ExportFormat format, OutputStream out, ExportHeaders headers) {
        try {
            switch (format) {
                case JSON -> json.writeValue(nonClosing(out), book.combined().rows());
                case CSV -> CsvTableWriter.write(headers.apply(book.combined()), out);
                case XLSX -> XlsxTableWriter.write(headers.apply(book), out);
                case JSONLD -> RDFDataMgr.write(out,
                        ResourceDescriber.describe(dataset, book.combined().referencedIds()), RDFFormat.JSONLD);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Letters, digits, dot, dash and underscore; everything else becomes a dash. */
    static String fileName(String baseName) {
        String ascii = TO_ASCII.transliterate(baseName).replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return ascii.isEmpty() ? "results" : ascii;
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
