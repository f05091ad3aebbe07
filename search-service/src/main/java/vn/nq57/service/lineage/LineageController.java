package vn.nq57.service.lineage;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.service.entity.EntityId;
import vn.nq57.service.export.ExportFormat;
import vn.nq57.service.export.ResultTable;
import vn.nq57.service.export.TableExporter;
import vn.nq57.service.lineage.LineageDown.Item;

import java.util.List;

/** {@code /api/lineage/up} and {@code /api/lineage/down}; the latter also as CSV, XLSX or JSON-LD. */
@RestController
@RequestMapping("/api/lineage")
public class LineageController {
    private final LineageService lineage;
    private final TableExporter exporter;

    public LineageController(LineageService lineage, TableExporter exporter) {
        this.lineage = lineage;
        this.exporter = exporter;
    }

    /** JSON; a download (format= or Accept) has one row per edge of every path, with its quote. */
    @GetMapping("/up")
    public ResponseEntity<?> up(@RequestParam(name = EntityId.PARAMETER, required = false) String id,
                                @RequestParam(name = ExportFormat.PARAMETER, required = false) String format,
                                @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        String iri = EntityId.parse(id);
        ExportFormat chosen = ExportFormat.choose(format, accept);
        LineageUp up = lineage.up(iri);
        if (!chosen.isDownload()) return ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT).body(up);
        return exporter.download(edgeTable(up), chosen, "lineage-up-" + iri.substring(iri.lastIndexOf('/') + 1));
    }

    /** One row per step of each path; the id column is the document stepped up to, which JSON-LD describes. */
    static ResultTable edgeTable(LineageUp up) {
        ResultTable.Builder table = ResultTable.builder("path", "step", "from", "fromNumber", "fromName", "relation",
                ResultTable.ID, "toNumber", "toName", "quote", "file", "lineStart", "lineEnd");
        int path = 0;
        for (List<LineageUp.Edge> edges : up.paths()) {
            path++;
            int step = 0;
            for (LineageUp.Edge e : edges)
                table.row(path, ++step, e.from().id(), e.from().number(), e.from().name(), e.relation(), e.to().id(),
                        e.to().number(), e.to().name(), e.quote(), e.file(), e.lineStart(), e.lineEnd());
        }
        return table.build();
    }

    /** JSON with one page; a download (format= or Accept) holds every matching result. */
    @GetMapping("/down")
    public ResponseEntity<?> down(@RequestParam(name = EntityId.PARAMETER, required = false) String id,
                                  @RequestParam(required = false) String level,
                                  @RequestParam(required = false) String type,
                                  @RequestParam(required = false) String page,
                                  @RequestParam(required = false) String size,
                                  @RequestParam(name = ExportFormat.PARAMETER, required = false) String format,
                                  @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        String iri = EntityId.parse(id);
        DownFilter filter = DownFilter.parse(level, type, page, size);
        ExportFormat chosen = ExportFormat.choose(format, accept);
        if (!chosen.isDownload()) return ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT).body(lineage.down(iri, filter));
        LineageDown all = lineage.downAll(iri, filter);
        String root = all.root().number() != null ? all.root().number() : iri.substring(iri.lastIndexOf('/') + 1);
        return exporter.download(table(all.results()), chosen, "lineage-down-" + root
                + (filter.level() == null ? "" : "-" + filter.level()) + (filter.type() == null ? "" : "-" + filter.type()));
    }

    static ResultTable table(List<Item> items) {
        ResultTable.Builder table = ResultTable.builder(ResultTable.ID, "type", "name", "level",
                "document", "documentNumber", "documentFile", "documentIssuer");
        for (Item i : items)
            table.row(i.id(), i.type(), i.name(), i.level(), i.document().id(), i.document().number(),
                    i.document().file(), i.document().issuer());
        return table.build();
    }
}
