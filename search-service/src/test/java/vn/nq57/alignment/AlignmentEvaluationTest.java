package vn.nq57.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.nq57.search.analysis.ThesaurusAbbreviations;

/**
 * Measures the alignment on the judged set (src/test/resources/alignment/judged-pairs.tsv): precision@1, recall@3 and
 * MRR of our method and of plain BM25 on the task name, in the same run on the same store, and fails below the
 * thresholds of docs/ALIGNMENT.md. Pairs whose items are not in the store yet are reported, not scored.
 */
class AlignmentEvaluationTest {

  /**
   * The measured values of {@code nq57-alignment-6} (0.909, 0.926, 0.927), less a small margin, never below the
   * issue's 0.85 (docs/ALIGNMENT.md).
   */
  static final double MIN_PRECISION_AT_1 = 0.89;
  static final double MIN_RECALL_AT_3 = 0.91;
  static final double MIN_MRR = 0.91;
  /** How far ours must lead the BM25 baseline, in the same run: it leads by 0.08 in precision@1 and 0.05 in MRR. */
  static final double MIN_LEAD_PRECISION_AT_1 = 0.06;
  static final double MIN_LEAD_MRR = 0.03;
  /*
   * Recall@3: ours must not trail BM25 (0.926 against 0.921 since nq57-alignment-6, which searches and compares each
   * sentence of a long row alone; -5 trailed by 0.005). The test prints the targets one method has in its first three
   * and the other not; docs/ALIGNMENT.md says why the one BM25 still finds alone is missed.
   */

  record Scores(double precisionAt1, double strictPrecisionAt1, double recallAt3, double mrr) {}

  @Test
  void ourMethodBeatsThresholdsAndBm25OnTheJudgedPairs() throws Exception {
    AlignmentCorpus corpus = AlignmentCorpus.read(EvaluationCorpus.dataset());
    List<JudgedAlignments.Pair> pairs = JudgedAlignments.read(
        EvaluationCorpus.ROOT.resolve("search-service/src/test/resources/alignment/judged-pairs.tsv"));
    List<JudgedAlignments.Resolved> resolved = JudgedAlignments.resolve(pairs, corpus);
    Map<String, List<JudgedAlignments.Target>> relevance = JudgedAlignments.relevance(resolved);

    Set<String> documents = new LinkedHashSet<>();
    relevance.keySet().forEach(iri -> documents.add(corpus.item(iri).document()));
    Map<String, List<String>> ours = new HashMap<>();
    new Aligner(ThesaurusAbbreviations.packaged()).rank(corpus, documents)
        .forEach((iri, candidates) -> ours.put(iri, candidates.stream().map(Candidate::upstream).toList()));
    Map<String, List<String>> bm25 = NameBm25Baseline.rank(corpus, relevance.keySet());

    Scores our = score(relevance, ours);
    Scores base = score(relevance, bm25);
    String report = report(pairs, resolved, relevance, our, base, corpus, ours);
    for (var e : relevance.entrySet()) {
      List<String> o = ours.getOrDefault(e.getKey(), List.of());
      List<String> b = bm25.getOrDefault(e.getKey(), List.of());
      boolean ourHit = !o.isEmpty() && JudgedAlignments.grade(e.getValue(), o.getFirst()) > 0;
      boolean bmHit = !b.isEmpty() && JudgedAlignments.grade(e.getValue(), b.getFirst()) > 0;
      if (ourHit != bmHit) {
        System.out.println((ourHit ? "OURS ONLY: " : "BM25 ONLY: ") + corpus.item(e.getKey()).name());
      }
      // recall@3 per target: which judged targets one method has in its first three and the other does not
      for (JudgedAlignments.Target t : e.getValue()) {
        int ourRank = rankOf(o, t);
        int bmRank = rankOf(b, t);
        if ((ourRank <= 3) != (bmRank <= 3)) {
          System.out.println((ourRank <= 3 ? "R@3 OURS ONLY" : "R@3 BM25 ONLY") + " (ours " + ourRank + ", bm25 "
              + bmRank + "): " + corpus.item(e.getKey()).name() + " → " + t.items().stream().findFirst()
              .map(corpus::item).map(AlignmentItem::name).orElse("?"));
        }
      }
    }
    System.out.println(report);
    Path out = Path.of(System.getProperty("build.dirname", "target"), "alignment", "report.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);

    assertThat(pairs).hasSizeGreaterThanOrEqualTo(60);
    // The thresholds hold the whole judged set; without the ministry plan a sixth of its items cannot be scored.
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(EvaluationCorpus.FIXTURE), "the Ministry of "
        + "Justice plan is absent at " + EvaluationCorpus.FIXTURE + " (../shared/extra): its judged pairs are "
        + "unresolvable, so the thresholds, set for the whole judged set, are not checked (figures printed above)");
    assertThat(relevance).as("judged downstream items that resolve in the store").hasSizeGreaterThanOrEqualTo(40);
    assertThat(our.precisionAt1()).as("precision@1").isGreaterThanOrEqualTo(MIN_PRECISION_AT_1);
    assertThat(our.recallAt3()).as("recall@3").isGreaterThanOrEqualTo(MIN_RECALL_AT_3);
    assertThat(our.mrr()).as("MRR").isGreaterThanOrEqualTo(MIN_MRR);
    assertThat(our.precisionAt1() - base.precisionAt1()).as("precision@1 of ours minus that of BM25")
        .isGreaterThanOrEqualTo(MIN_LEAD_PRECISION_AT_1);
    assertThat(our.mrr() - base.mrr()).as("MRR of ours minus that of BM25").isGreaterThanOrEqualTo(MIN_LEAD_MRR);
    assertThat(our.recallAt3()).as("recall@3 of ours against that of BM25").isGreaterThanOrEqualTo(base.recallAt3());
    // Not fitted to a few pairs: ours leads BM25 in precision@1 and MRR on each half of the judged items as well.
    // (Not recall@3: on one half BM25 leads, 0.941 against 0.922, as it did before -6; docs/ALIGNMENT.md.)
    for (Map<String, List<JudgedAlignments.Target>> half : halves(relevance)) {
      Scores o = score(half, ours);
      Scores b = score(half, bm25);
      assertThat(o.precisionAt1()).as("precision@1 on a half of %d judged items", half.size())
          .isGreaterThan(b.precisionAt1());
      assertThat(o.mrr()).as("MRR on a half of %d judged items", half.size()).isGreaterThan(b.mrr());
    }
  }

  /**
   * The judged items split in two by the parity of their IRI's hash: a split that ignores documents, rows and
   * rankings, used to check the lead over BM25 holds on both halves (docs/ALIGNMENT.md, how overfitting was avoided).
   */
  static List<Map<String, List<JudgedAlignments.Target>>> halves(Map<String, List<JudgedAlignments.Target>> relevance) {
    Map<String, List<JudgedAlignments.Target>> even = new LinkedHashMap<>();
    Map<String, List<JudgedAlignments.Target>> odd = new LinkedHashMap<>();
    relevance.forEach((iri, targets) -> ((iri.hashCode() & 1) == 0 ? even : odd).put(iri, targets));
    return List.of(even, odd);
  }

  /**
   * precision@1: share of judged downstream items whose first candidate is relevant (grade ≥ 1); strict: of grade 2;
   * recall@3: share of an item's relevant upstream items in its first three, averaged; MRR: 1 / rank of the first
   * relevant candidate (0 when none is ranked), averaged. Every downstream item counts equally.
   */
  static Scores score(Map<String, List<JudgedAlignments.Target>> relevance, Map<String, List<String>> ranked) {
    double p1 = 0, strict = 0, r3 = 0, mrr = 0;
    for (var e : relevance.entrySet()) {
      List<String> list = ranked.getOrDefault(e.getKey(), List.of());
      List<JudgedAlignments.Target> targets = e.getValue();
      int first = list.isEmpty() ? 0 : JudgedAlignments.grade(targets, list.getFirst());
      if (first > 0) {
        p1++;
        if (first == 2) {
          strict++;
        }
      }
      List<String> top3 = list.stream().limit(3).toList();
      long found = targets.stream().filter(t -> top3.stream().anyMatch(t.items()::contains)).count();
      r3 += (double) found / targets.size();
      for (int i = 0; i < list.size(); i++) {
        if (JudgedAlignments.grade(targets, list.get(i)) > 0) {
          mrr += 1.0 / (i + 1);
          break;
        }
      }
    }
    int n = relevance.size();
    return new Scores(p1 / n, strict / n, r3 / n, mrr / n);
  }

  private static String report(List<JudgedAlignments.Pair> pairs, List<JudgedAlignments.Resolved> resolved,
      Map<String, List<JudgedAlignments.Target>> relevance, Scores our, Scores base, AlignmentCorpus corpus,
      Map<String, List<String>> ours) {
    StringBuilder s = new StringBuilder();
    long ok = resolved.stream().filter(JudgedAlignments.Resolved::ok).count();
    s.append("Judged pairs: ").append(pairs.size()).append(", resolvable in the store: ").append(ok)
        .append(", unresolvable: ").append(pairs.size() - ok).append("; judged downstream items scored: ")
        .append(relevance.size()).append("\n\n");
    s.append("| method | precision@1 | precision@1 (grade 2) | recall@3 | MRR |\n|---|---:|---:|---:|---:|\n");
    s.append(row("ours (Vietnamese analysis, BM25 + Dice and coverage, section, citation, lead unit, measure)", our));
    s.append(row("BM25 on the task name (StandardAnalyzer)", base));
    s.append("\nUnresolvable pairs:\n");
    resolved.stream().filter(r -> !r.ok())
        .forEach(r -> s.append("- line ").append(r.pair().line()).append(": ").append(r.problem()).append('\n'));
    s.append("\nMisses of ours at rank 1:\n");
    for (var e : relevance.entrySet()) {
      List<String> list = ours.getOrDefault(e.getKey(), List.of());
      if (list.isEmpty() || JudgedAlignments.grade(e.getValue(), list.getFirst()) == 0) {
        s.append("- ").append(corpus.item(e.getKey()).name(), 0, Math.min(80, corpus.item(e.getKey()).name().length()))
            .append(" → ranked first: ")
            .append(list.isEmpty() ? "nothing" : corpus.item(list.getFirst()).ordinal() + " "
                + corpus.item(list.getFirst()).name().substring(0, Math.min(80, corpus.item(list.getFirst()).name().length())))
            .append('\n');
      }
    }
    return s.toString();
  }

  /** The 1-based rank of the first of {@code target}'s items in {@code list}, {@code Integer.MAX_VALUE} if absent. */
  private static int rankOf(List<String> list, JudgedAlignments.Target target) {
    for (int i = 0; i < list.size(); i++) {
      if (target.items().contains(list.get(i))) {
        return i + 1;
      }
    }
    return Integer.MAX_VALUE;
  }

  private static String row(String name, Scores sc) {
    return String.format("| %s | %.3f | %.3f | %.3f | %.3f |%n", name, sc.precisionAt1(), sc.strictPrecisionAt1(),
        sc.recallAt3(), sc.mrr());
  }

}
