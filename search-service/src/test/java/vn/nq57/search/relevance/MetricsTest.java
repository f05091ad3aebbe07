package vn.nq57.search.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metrics on small hand-computed examples. */
class MetricsTest {

  /** a and c are what the user wants, b is related. */
  static final JudgedQuery JUDGED = new JudgedQuery("Q", "test", "q", Map.of("a", 2, "b", 1, "c", 2));
  static final double EPS = 1e-4;

  @Test
  void ndcgDiscountsByLog2OfRankPlusOne() {
    // DCG = 1/log2(2) + 0 + 2/log2(4) = 2; ideal [2, 2, 1]: 2 + 2/log2(3) + 1/log2(4) = 3.76186
    assertEquals(2 / 3.76186, Metrics.ndcg(List.of("b", "x", "a"), JUDGED, 10), EPS);
  }

  @Test
  void ndcgIsOneForTheIdealRankingAndZeroWithoutRelevantResults() {
    assertEquals(1.0, Metrics.ndcg(List.of("a", "c", "b", "x"), JUDGED, 10), EPS);
    assertEquals(1.0, Metrics.ndcg(List.of("c", "a", "b"), JUDGED, 10), EPS);
    assertEquals(0.0, Metrics.ndcg(List.of("x", "y"), JUDGED, 10), EPS);
    assertEquals(0.0, Metrics.ndcg(List.of(), JUDGED, 10), EPS);
  }

  @Test
  void ndcgCutsBothRankingsAtK() {
    // top 2 of [b, x, a]: DCG = 1; ideal top 2: 2 + 2/log2(3) = 3.26186
    assertEquals(1 / 3.26186, Metrics.ndcg(List.of("b", "x", "a"), JUDGED, 2), EPS);
  }

  @Test
  void swappingTheGradesOfTheFirstTwoResultsLowersNdcg() {
    double better = Metrics.ndcg(List.of("a", "b"), JUDGED, 10);
    double worse = Metrics.ndcg(List.of("b", "a"), JUDGED, 10);
    // (2 + 1/log2(3)) / 3.76186 = 0.69937 and (1 + 2/log2(3)) / 3.76186 = 0.60127
    assertEquals(0.69937, better, EPS);
    assertEquals(0.60127, worse, EPS);
  }

  @Test
  void recallCountsEveryGradeOfAtLeastOne() {
    assertEquals(2 / 3.0, Metrics.recall(List.of("b", "x", "a"), JUDGED, 10), EPS);
    assertEquals(1 / 3.0, Metrics.recall(List.of("b", "x", "a"), JUDGED, 2), EPS);
    assertEquals(1 / 3.0, Metrics.recall(List.of("a", "a"), JUDGED, 10), EPS);
    assertEquals(1.0, Metrics.recall(List.of("x", "c", "b", "a"), JUDGED, 10), EPS);
  }

  @Test
  void reciprocalRankOfTheFirstRelatedResult() {
    assertEquals(1.0, Metrics.reciprocalRank(List.of("b", "a"), JUDGED, 10), EPS);
    assertEquals(1 / 3.0, Metrics.reciprocalRank(List.of("x", "y", "c"), JUDGED, 10), EPS);
    assertEquals(0.0, Metrics.reciprocalRank(List.of("x", "y", "c"), JUDGED, 2), EPS);
    assertEquals(0.0, Metrics.reciprocalRank(List.of(), JUDGED, 10), EPS);
  }

  @Test
  void nothingJudgedRelevantScoresZero() {
    JudgedQuery empty = new JudgedQuery("Q", "test", "q", Map.of());
    assertEquals(0.0, Metrics.ndcg(List.of("a"), empty, 10), EPS);
    assertEquals(0.0, Metrics.recall(List.of("a"), empty, 10), EPS);
  }

  @Test
  void judgementsFileFormat() {
    List<JudgedQuery> q = Judgements.parse(List.of(
        "# comment", "Q01\tphrase\t\"hạ tầng số\"", "2\tdoc/x/task/1\tname", "1\thttps://example.org/e\t",
        "", "Q02\tunit\tCông an xã", "2\tunit/a"), "test");
    assertEquals(2, q.size());
    assertEquals("\"hạ tầng số\"", q.get(0).text());
    assertEquals(Map.of("https://w3id.org/nq57/id/doc/x/task/1", 2, "https://example.org/e", 1), q.get(0).grades());
    assertEquals("unit", q.get(1).category());
    assertEquals(1, q.get(1).relevantCount());
  }
}
