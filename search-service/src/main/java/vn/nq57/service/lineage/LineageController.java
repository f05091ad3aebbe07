package vn.nq57.service.lineage;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.service.entity.EntityId;
import jakarta.servlet.http.HttpServletRequest;
import vn.nq57.search.index.DocumentNames;
import vn.nq57.search.index.IndexedEntity;
import vn.nq57.search.index.SearchIndex;
import vn.nq57.service.export.EntityRows;
import vn.nq57.service.export.ExportAbout;
import vn.nq57.service.export.ExportBook;
import vn.nq57.service.export.ExportFormat;
import vn.nq57.service.export.ExportHeaders;
import vn.nq57.service.export.ResultTable;
import vn.nq57.service.export.TableExporter;
import vn.nq57.service.lineage.LineageDown.Item;

import java.util.List;
import java.util.Map;

/** {@code /api/lineage/up} and {@code /api/lineage/down}; the latter also as CSV, XLSX or JSON-LD. */
@RestController
@RequestMapping("/api/lineage")
public class LineageController {
    private final LineageService lineage;
    private final TableExporter exporter;
    private final SearchIndex index;

    public LineageController(LineageService lineage, TableExporter exporter, SearchIndex index) {
        this.lineage = lineage;
        this.exporter = exporter;
        this.index = index;
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
        ResultTable.Builder table = ResultTable.builder("path", "step", "from", "fromNumber", "fromPartOf", "fromName",
                "relation", ResultTable.ID, "toNumber", "toPartOf", "toName", "quote", "file", "lineStart", "lineEnd");
        int path = 0;
        for (List<LineageUp.Edge> edges : up.paths()) {
            path++;
            int step = 0;
            for (LineageUp.Edge e : edges)
                table.row(path, ++step, e.from().id(), e.from().number(), e.from().partOf(), e.from().name(), e.relation(),
                        e.to().id(), e.to().number(), e.to().partOf(), e.to().name(), e.quote(), e.file(), e.lineStart(),
                        e.lineEnd());
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
                                  @RequestParam(name = ExportHeaders.PARAMETER, required = false) String headers,
                                  @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                  HttpServletRequest http) {
        String iri = EntityId.parse(id);
        DownFilter filter = DownFilter.parse(level, type, page, size);
        ExportFormat chosen = ExportFormat.choose(format, accept);
        ExportHeaders header = ExportHeaders.choose(headers, http.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        if (!chosen.isDownload()) return ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT).body(lineage.down(iri, filter));
        LineageDown all = lineage.downAll(iri, filter);
        String root = all.root().number() != null ? all.root().number() : iri.substring(iri.lastIndexOf('/') + 1);
        Map<String, String> about = ExportAbout.start("Văn bản triển khai (lineage down)", http);
        ExportAbout.put(about, "văn bản gốc", all.root().number() != null ? all.root().number()
                : DocumentNames.unnumberedOfKind(all.root().kind() == null ? null : all.root().kind().vi(), all.root().issuer()));
        ExportAbout.put(about, "cấp (level)", filter.level());
        ExportAbout.put(about, "loại (type)", filter.type());
        about.put("số dòng", Integer.toString(all.results().size()));
        return exporter.download(ExportBook.of("Triển khai", table(all.results(), index, ExportAbout.serviceRoot()), about),
                chosen, "lineage-down-" + root
                + (filter.level() == null ? "" : "-" + filter.level()) + (filter.type() == null ? "" : "-" + filter.type()),
                header);
    }

    /**
     * One {@link EntityRows} row per item, with every field a search result has (read from the search index), then its
     * evidence: the quote, file and lines of {@link Item}.
     */
    static ResultTable table(List<Item> items, SearchIndex index, String root) {
        Map<String, IndexedEntity> indexed = index.entities(items.stream().map(Item::id).toList());
        EntityRows rows = new EntityRows(root, "quote", "file", "lineStart", "lineEnd")
                .type(ResultTable.CellType.NUMBER, "lineStart").type(ResultTable.CellType.NUMBER, "lineEnd");
        for (Item i : items) {
            IndexedEntity e = indexed.get(i.id());
            if (e != null) rows.add(e, i.quote(), i.file(), i.lineStart(), i.lineEnd());
        }
        return rows.build();
    }
}
