package vn.nq57.search.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relevance evaluation of issue 4 on the real documents: our search and two baselines (StandardAnalyzer BM25,
 * ICU-folding BM25) over the same entity texts, scored on the judged set in {@code relevance/judgements.tsv}. Writes
 * {@code <build dir>/relevance/report.md} (and {@code pool.md}, every engine's top 10 with grades) and fails when our
 * search drops below the thresholds or stops beating both baselines.
 */
class RelevanceEvaluationTest {

  /** Thresholds: the measured values (see docs/SEARCH.md) less a margin, so a regression fails and noise does not. */
  static final double MIN_NDCG = 0.82;
  static final double MIN_RECALL = 0.68;
  static final double MIN_MRR = 0.95;
  /** How far above each baseline our overall nDCG@10 must stay. */
  static final double MIN_NDCG_LEAD = 0.10;

  @TempDir static Path indexDir;

  static RealCorpus corpus;
  static List<JudgedQuery> judged;
  static RelevanceEvaluation evaluation;
  static String ours;
  static List<String> baselines = new ArrayList<>();

  @BeforeAll
  static void evaluate() throws Exception {
    corpus = RealCorpus.load(RealCorpus.repositoryRoot(), indexDir);
    judged = Judgements.read(RealCorpus.repositoryRoot().resolve(
        "search-service/src/test/resources/relevance/judgements.tsv"));
    List<SearchEngine> engines = List.of(new OurSearchEngine(corpus.index()),
        BaselineEngine.standard(corpus.entities()), BaselineEngine.icuFolding(corpus.entities()));
    try {
      evaluation = RelevanceEvaluation.run(judged, engines);
    } finally {
      for (SearchEngine engine : engines) {
        engine.close();
      }
    }
    ours = engines.getFirst().name();
    engines.stream().skip(1).forEach(e -> baselines.add(e.name()));
    String report = MarkdownReport.render(evaluation, corpus.entities().size());
    System.out.println(report);
    Path out = buildDirectory().resolve("relevance");
    Files.createDirectories(out);
    Files.writeString(out.resolve("report.md"), report, StandardCharsets.UTF_8);
    Map<String, CorpusEntity> byId =
        corpus.entities().stream().collect(Collectors.toMap(CorpusEntity::id, Function.identity(), (a, b) -> a));
    Files.writeString(out.resolve("pool.md"), MarkdownReport.pool(evaluation, byId), StandardCharsets.UTF_8);
  }

  @AfterAll
  static void close() {
    if (corpus != null) {
      corpus.close();
    }
  }

  /** target/ (or the -Dbuild.dirname folder): the parent of the test classes folder. */
  static Path buildDirectory() throws URISyntaxException {
    return Path.of(RelevanceEvaluationTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .getParent();
  }

  @Test
  void judgedSetIsLargeAndCoversEveryCategory() {
    assertTrue(judged.size() >= 45, "judged queries: " + judged.size());
    Set<String> categories = judged.stream().map(JudgedQuery::category).collect(Collectors.toSet());
    assertEquals(Set.of("exact", "diacritic-less", "tone-style", "abbreviation", "document-number", "typo", "telex",
        "phrase", "unit", "mixed"), categories);
    for (JudgedQuery q : judged) {
      assertTrue(q.grades().containsValue(2), q.id() + " has no entity of grade 2");
    }
  }

  @Test
  void everyJudgedEntityIsIndexed() {
    Set<String> indexed = corpus.entities().stream().map(CorpusEntity::id).collect(Collectors.toSet());
    List<String> missing = judged.stream()
        .flatMap(q -> q.grades().keySet().stream().filter(id -> !indexed.contains(id)).map(id -> q.id() + " " + id))
        .toList();
    assertEquals(List.of(), missing, "judged entities the index does not hold");
  }

  @Test
  void oursStaysAboveThresholds() {
    RelevanceEvaluation.Means m = evaluation.overall(ours);
    assertTrue(m.ndcg() >= MIN_NDCG, "nDCG@10 " + m.ndcg() + " < " + MIN_NDCG);
    assertTrue(m.recall() >= MIN_RECALL, "Recall@10 " + m.recall() + " < " + MIN_RECALL);
    assertTrue(m.mrr() >= MIN_MRR, "MRR@10 " + m.mrr() + " < " + MIN_MRR);
  }

  @Test
  void oursBeatsBothBaselinesOnNdcg() {
    double mine = evaluation.overall(ours).ndcg();
    for (String baseline : baselines) {
      double theirs = evaluation.overall(baseline).ndcg();
      assertTrue(mine - theirs >= MIN_NDCG_LEAD, String.format(Locale.ROOT,
          "ours %.3f vs %s %.3f: lead below %.2f", mine, baseline, theirs, MIN_NDCG_LEAD));
    }
  }
}
