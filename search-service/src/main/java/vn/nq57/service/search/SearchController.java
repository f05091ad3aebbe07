package vn.nq57.service.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.nq57.search.index.IndexedEntity;
import vn.nq57.search.index.SearchHit;
import vn.nq57.search.index.EntityType;
import vn.nq57.search.index.SearchIndex;
import vn.nq57.search.index.SearchRequest;
import vn.nq57.search.index.SearchInputException;
import vn.nq57.search.index.SearchResults;
import vn.nq57.search.index.Suggestion;
import vn.nq57.service.export.EntityRows;
import vn.nq57.service.export.ExportAbout;
import vn.nq57.service.export.ExportBook;
import vn.nq57.service.export.ExportFormat;
import vn.nq57.service.export.ExportHeaders;
import vn.nq57.service.export.ResultTable;
import vn.nq57.service.export.TableExporter;
import vn.nq57.service.web.BadParameterException;
import vn.nq57.service.web.Language;
import vn.nq57.service.web.RequestLogFilter;

import java.util.List;
import java.util.Map;

/** Keyword search over tasks, indicators, documents and units, with facets, completions and downloads. */
@RestController
@RequestMapping("/api")
@Tag(name = "Search", description = "Vietnamese keyword search: diacritics optional, abbreviations, document numbers")
public class SearchController {

    private final SearchIndex index;
    private final TableExporter exporter;

    public SearchController(SearchIndex index, TableExporter exporter) {
        this.index = index;
        this.exporter = exporter;
    }

    @GetMapping("/search")
    @Operation(summary = "Search entities",
            description = "Words may be typed with or without diacritics, in either tone-mark style, Telex or VNI; "
                    + "abbreviations (ATTT, CĐS, TTHC) match their expansions; \"quotes\" make a phrase. Filters narrow "
                    + "the results; facets count all matches. total is exact (totalRelation eq) with facets or "
                    + "below 10,000 matches; a ranked list without facets (facets=false) says at least 10,000 "
                    + "(totalRelation gte) past that. format=csv|xlsx|jsonld (or Accept) downloads the results.")
    public ResponseEntity<?> search(
            @Parameter(description = "what to search; empty lists everything that matches the filters") @RequestParam(required = false) String q,
            @Parameter(description = "Task, Indicator, Document or Unit; repeat for any of several") @RequestParam(required = false) List<String> type,
            @Parameter(description = "central, ministry, province, district or commune; repeat for any of several") @RequestParam(required = false) List<String> level,
            @Parameter(description = "province as in the facet (e.g. tỉnh Đồng Nai), its name alone (Đồng Nai) or its area IRI; repeat for any of several") @RequestParam(required = false) List<String> province,
            @Parameter(description = "issuer as in the facet; repeat for any of several") @RequestParam(required = false) List<String> issuer,
            @Parameter(description = "document IRI or number; repeat for any of several") @RequestParam(required = false) List<String> document,
            @Parameter(description = "lead unit IRI; repeat for any of several") @RequestParam(required = false) List<String> unit,
            @Parameter(description = "deadline period ends on or after: 2026-04-01 or 2026-Q2") @RequestParam(required = false) String deadlineFrom,
            @Parameter(description = "deadline period starts on or before: 2026-06-30 or 2026-Q2") @RequestParam(required = false) String deadlineTo,
            @Parameter(description = "true or false") @RequestParam(required = false) String completed,
            @Parameter(description = "page number, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "results per page, up to 100 (downloads: up to 10000, all by default)") @RequestParam(required = false) String size,
            @Parameter(description = "false skips the facet counts (a cheaper ranked list)") @RequestParam(required = false) String facets,
            @Parameter(description = "json (default), csv, xlsx or jsonld") @RequestParam(name = ExportFormat.PARAMETER, required = false) String format,
            @Parameter(description = "a CSV/XLSX download's header row: vi (Vietnamese column names; the default unless Accept-Language prefers English), en, or keys (the stable column keys, for programs)")
            @RequestParam(name = ExportHeaders.PARAMETER, required = false) String headers,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletRequest http) {
        ExportFormat exportFormat = ExportFormat.choose(format, accept);
        ExportHeaders header = ExportHeaders.choose(headers, http.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        // The filters' values as sent (the declared lists document them; Spring would split a name at its commas).
        SearchRequest request = SearchParameters.request(q, SearchParameters.values(http, "type"),
                SearchParameters.values(http, "level"), SearchParameters.values(http, "province"),
                SearchParameters.values(http, "issuer"), SearchParameters.values(http, "document"),
                SearchParameters.values(http, "unit"), deadlineFrom, deadlineTo, completed, page, size,
                exportFormat.isDownload())
                .withFacets(!exportFormat.isDownload() && SearchParameters.flag("facets", facets, true));
        SearchResults results = run(() -> index.search(request));
        http.setAttribute(RequestLogFilter.RESULT_COUNT, results.total());
        if (exportFormat.isDownload()) {
            String base = "search-" + (request.browsing() ? "all" : request.query());
            return exporter.download(ExportBook.of("Kết quả", table(results.hits(), ExportAbout.serviceRoot()),
                    about(request, results, http)), exportFormat, base, header);
        }
        // facet labels follow Accept-Language, so a cache between client and service must keep the languages apart
        return ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(SearchResponse.of(request, results, Language.of(http.getHeader(HttpHeaders.ACCEPT_LANGUAGE))));
    }

    @GetMapping("/suggest")
    @Operation(summary = "Completions while typing", description = "Names of entities having every word typed, the last one as a prefix.")
    public List<Suggestion> suggest(@RequestParam(required = false) String q,
                                    @RequestParam(required = false) String size) {
        SearchParameters.checkLength("q", q);
        int n = SearchParameters.integer("size", size, 8, 1, 50);
        return run(() -> index.suggest(q, n));
    }

    @GetMapping("/indicators/compare")
    @Operation(summary = "The same kind of indicator across documents and areas",
            description = "Indicators matching q (same analysis as search), with their targets side by side.")
    public IndicatorComparison compare(@RequestParam(required = false) String q,
                                       @RequestParam(required = false) String size, HttpServletRequest http) {
        if (q == null || q.isBlank())
            throw new BadParameterException("q", "Parameter 'q' is required: the indicator to compare, e.g. 'dịch vụ công trực tuyến'",
                    "Cần có tham số 'q': chỉ tiêu cần so sánh, ví dụ 'dịch vụ công trực tuyến'.");
        SearchParameters.checkLength("q", q);
        int n = SearchParameters.integer("size", size, 50, 1, SearchParameters.MAX_PAGE_SIZE);
        SearchResults results = run(() -> index.search(
                SearchRequest.of(q).withType(vn.nq57.search.index.EntityType.INDICATOR).withSize(n).withFacets(false)));
        http.setAttribute(RequestLogFilter.RESULT_COUNT, results.total());
        return IndicatorComparison.of(q, results);
    }

    /**
     * Runs a search, answering what the index cannot search as a 400 naming the parameter: too many words, a filter
     * value that names nothing, or (a last guard) more Lucene clauses than it allows.
     */
    static <T> T run(java.util.function.Supplier<T> search) {
        try {
            return search.get();
        } catch (SearchInputException e) {
            throw new BadParameterException(e.parameter(), e.getMessage(), e.messageVi());
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw new BadParameterException("q", "Parameter 'q' makes a query of more than "
                    + org.apache.lucene.search.IndexSearcher.getMaxClauseCount() + " clauses; search fewer words (at most "
                    + SearchIndex.MAX_PARTS + ")", "Tham số 'q' tạo ra truy vấn quá "
                    + org.apache.lucene.search.IndexSearcher.getMaxClauseCount() + " điều kiện; hãy tìm với ít từ hơn (tối đa "
                    + SearchIndex.MAX_PARTS + " từ).");
        }
    }

    /** Every result as an {@link EntityRows} row, with how it matched and its score. */
    static ResultTable table(List<SearchHit> hits, String root) {
        EntityRows rows = new EntityRows(root, "match", "score").type(ResultTable.CellType.NUMBER, "score");
        for (SearchHit h : hits) rows.add(h.entity(), h.match().label(), h.score());
        return rows.build();
    }

    /** A filter's values as the sheet shows them, "a | b" for any of several; null when none was given. */
    private static String anyOf(List<String> values) {
        return values.isEmpty() ? null : String.join(" | ", values);
    }

    /** The sheet describing the search: its words, every filter given, the counts, the request itself. */
    private static Map<String, String> about(SearchRequest r, SearchResults results, HttpServletRequest http) {
        Map<String, String> about = ExportAbout.start("Tìm kiếm", http);
        ExportAbout.put(about, "từ khóa (q)", r.query());
        ExportAbout.put(about, "loại (type)", anyOf(r.types().stream().map(EntityType::label).toList()));
        ExportAbout.put(about, "cấp (level)", anyOf(r.levels()));
        ExportAbout.put(about, "tỉnh (province)", anyOf(r.provinces()));
        ExportAbout.put(about, "cơ quan ban hành (issuer)", anyOf(r.issuers()));
        ExportAbout.put(about, "văn bản (document)", anyOf(r.documents()));
        ExportAbout.put(about, "đơn vị (unit)", anyOf(r.units()));
        ExportAbout.put(about, "hạn từ (deadlineFrom)", r.deadlineFrom());
        ExportAbout.put(about, "hạn đến (deadlineTo)", r.deadlineTo());
        ExportAbout.put(about, "hoàn thành (completed)", r.completed());
        about.put("số kết quả", (results.totalExact() ? "" : "≥ ") + results.total());
        about.put("khớp đúng", Long.toString(results.counts().exact()));
        about.put("kết quả gần đúng", Long.toString(results.counts().approximate()));
        about.put("khớp một phần", Long.toString(results.counts().partial()));
        about.put("số dòng", Integer.toString(results.hits().size()));
        return about;
    }
}
