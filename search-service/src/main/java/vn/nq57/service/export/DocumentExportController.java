package vn.nq57.service.export;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.service.entity.EntityId;
import vn.nq57.service.entity.UnknownEntityException;
import vn.nq57.service.web.BadParameterException;

/**
 * {@code GET /api/entities/export?id=DOCUMENT&format=xlsx|csv|jsonld}: a whole document as a download (see
 * {@link DocumentExport}). XLSX has a sheet per section, one of indicators, one of references and one describing the
 * export; CSV (RFC 4180, UTF-8 with BOM) and JSON-LD hold every row in one, with a {@code sheet} column. The CSV/XLSX
 * header row is Vietnamese by default, English or the stable keys on request ({@link ExportHeaders}).
 */
@RestController
@Tag(name = "Export", description = "Downloads of whole documents")
public class DocumentExportController {

    private final DocumentExport documents;
    private final TableExporter exporter;

    public DocumentExportController(DocumentExport documents, TableExporter exporter) {
        this.documents = documents;
        this.exporter = exporter;
    }

    @GetMapping("/api/entities/export")
    @Operation(summary = "Export a whole document",
            description = "Tasks by section, indicators and cited documents with every field (document, issuer, area, "
                    + "province, level, section, ordinal, lead and coordinating units, deadline as printed and as dates, "
                    + "completed, link). format=xlsx (default), csv or jsonld.")
    public ResponseEntity<byte[]> export(
            @Parameter(description = "the document's full IRI") @RequestParam(name = EntityId.PARAMETER, required = false) String id,
            @Parameter(description = "xlsx (default), csv or jsonld") @RequestParam(name = ExportFormat.PARAMETER, required = false) String format,
            @Parameter(description = "the CSV/XLSX header row: vi (Vietnamese column names; the default unless Accept-Language prefers English), en, or keys (the stable column keys, for programs)")
            @RequestParam(name = ExportHeaders.PARAMETER, required = false) String headers,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
            HttpServletRequest http) {
        String iri = EntityId.parse(id);
        ExportHeaders header = ExportHeaders.choose(headers, language);
        ExportFormat chosen = (format == null || format.isBlank()) && !downloadAccepted(accept)
                ? ExportFormat.XLSX : ExportFormat.choose(format, accept);
        if (!chosen.isDownload())
            throw new BadParameterException(ExportFormat.PARAMETER,
                    "Parameter 'format' is 'json'; a whole document is exported as xlsx, csv or jsonld "
                            + "(its JSON is GET /api/entities?id=)", "Tham số 'format' là 'json'; cả văn bản chỉ tải về"
                            + " được dưới dạng xlsx, csv hoặc jsonld (bản JSON của nó là GET /api/entities?id=).");
        ExportBook book = documents.book(iri, ExportAbout.serviceRoot(), ExportAbout.start("Văn bản", http))
                .orElseThrow(() -> new UnknownEntityException(iri));
        String name = book.about().getOrDefault("văn bản", iri.substring(iri.lastIndexOf('/') + 1));
        return exporter.download(book, chosen, "document-" + name, header);
    }

    /** Whether the Accept header names one of the download formats (else XLSX is the default). */
    private static boolean downloadAccepted(String accept) {
        if (accept == null || accept.isBlank()) return false;
        try {
            return ExportFormat.choose(null, accept).isDownload();
        } catch (BadParameterException none) {
            return false;
        }
    }
}
