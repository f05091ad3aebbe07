package vn.nq57.service.alignment;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import vn.nq57.service.web.ProblemType;
import vn.nq57.service.web.Problems;
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

/**
 * {@code GET /api/alignment?id=TASK_OR_INDICATOR} (JSON) and {@code GET /api/alignment/coverage?id=DOCUMENT} (JSON, or
 * CSV / XLSX / JSON-LD with {@code format=} or Accept), and {@code GET /api/alignment/status}. A missing or malformed id
 * is a 400, an unknown one a 404; while the alignment is computed at start, both answer 503 with Retry-After.
 */
@RestController
@RequestMapping("/api/alignment")
public class AlignmentController {
  private final AlignmentService alignment;
  private final TableExporter exporter;

  public AlignmentController(AlignmentService alignment, TableExporter exporter) {
    this.alignment = alignment;
    this.exporter = exporter;
  }

  /** {@code GET /api/alignment/status}: whether the alignment is being computed, and how long the last run took. */
  @GetMapping("/status")
  public AlignmentStatus status() {
    return alignment.status();
  }

  /**
   * While the start's computation runs: 503 Service Unavailable, {@code Retry-After} (seconds) and a problem detail
   * (RFC 9457) carrying the status, in English or Vietnamese after Accept-Language.
   */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> computing(AlignmentComputingException e, WebRequest request) {
    // an exception handler takes the request, not @RequestHeader arguments
    String language = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    AlignmentStatus status = e.status();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
        "The alignment is being computed (since " + status.startedAt() + "); ask again in "
            + status.retryAfterSeconds() + " s, or follow GET /api/alignment/status");
    problem.setType(ProblemType.ALIGNMENT_COMPUTING.uri());
    problem.setTitle(ProblemType.ALIGNMENT_COMPUTING.title(false));
    problem.setProperty("status", status);
    Problems.withVietnamese(problem, "Đang tính liên kết nhiệm vụ giữa các cấp (từ " + status.startedAt()
        + "); vui lòng thử lại sau " + status.retryAfterSeconds() + " giây.");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(status.retryAfterSeconds()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.localize(problem, Problems.wantsVietnamese(language)));
  }

  @GetMapping
  public AlignmentView alignment(@RequestParam(name = EntityId.PARAMETER, required = false) String id) {
    return alignment.alignment(EntityId.parse(id));
  }

  @GetMapping("/coverage")
  public ResponseEntity<?> coverage(@RequestParam(name = EntityId.PARAMETER, required = false) String id,
      @RequestParam(name = ExportFormat.PARAMETER, required = false) String format,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    String iri = EntityId.parse(id);
    ExportFormat chosen = ExportFormat.choose(format, accept);
    CoverageView coverage = alignment.coverage(iri);
    if (!chosen.isDownload()) {
      return ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT).body(coverage);
    }
    String name = coverage.number() != null ? coverage.number() : iri.substring(iri.lastIndexOf('/') + 1);
    return exporter.download(table(coverage), chosen, "coverage-" + name);
  }

  /** One row per task or goal: the counts per level, in the levels' order, then whether nobody carries it out. */
  static ResultTable table(CoverageView coverage) {
    List<String> columns = new ArrayList<>(List.of(ResultTable.ID, "type", "no", "name", "carriedOutBy", "plans"));
    coverage.levels().forEach(level -> columns.add("level:" + level));
    columns.add("untaken");
    ResultTable.Builder table = ResultTable.builder(columns.toArray(String[]::new));
    for (CoverageView.Item i : coverage.items()) {
      List<Object> row = new ArrayList<>(List.of(i.id(), i.type(), i.no() == null ? "" : i.no(), i.name(), i.total(),
          i.plans()));
      coverage.levels().forEach(level -> row.add(i.byLevel().getOrDefault(level, 0)));
      row.add(i.total() == 0);
      table.row(row.toArray());
    }
    return table.build();
  }
}
