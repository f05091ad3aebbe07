package vn.nq57.service.alignment;

import java.util.List;
import java.util.Map;

/**
 * The answer of {@code GET /api/alignment/coverage}: for each task and goal of a document, how many downstream tasks
 * and indicators carry it out (their best alignment, {@code nq:carriesOut}), per level of their documents.
 *
 * @param id the document's IRI
 * @param number its number, or null
 * @param levels the levels that occur, from central to commune
 * @param items every task and indicator of the document (appendices included), in document order
 * @param taken how many items at least one downstream item carries out
 * @param untaken the IRIs of the items nobody carries out
 */
public record CoverageView(String id, String number, List<String> levels, List<Item> items, int taken,
    List<String> untaken) {

  /**
   * @param byLevel downstream items carrying it out, per level ({@code ministry}, {@code province}, {@code commune}, …)
   * @param plans distinct downstream documents carrying it out
   */
  public record Item(String id, String type, String no, String name, int total, Map<String, Integer> byLevel,
      int plans) {}
}
