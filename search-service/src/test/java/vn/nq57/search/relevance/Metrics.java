package vn.nq57.search.relevance;

import java.util.Comparator;
import java.util.List;

/**
 * The ranking metrics of the evaluation, over one ranked list of entity ids and one query's judgements. nDCG uses the
 * grade itself as gain with the log2(rank + 1) discount; its ideal ranking is every judged entity sorted by grade.
 */
final class Metrics {

  private Metrics() {}

  /** Normalised discounted cumulative gain of the first {@code k} results; 0 when nothing is judged relevant. */
  static double ndcg(List<String> ranked, JudgedQuery judged, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      dcg += judged.grade(ranked.get(i)) / log2(i + 2);
    }
    List<Integer> ideal = judged.grades().values().stream().sorted(Comparator.reverseOrder()).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) {
      idcg += ideal.get(i) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** The share of the entities judged at least related (grade ≥ 1) that are among the first {@code k} results. */
  static double recall(List<String> ranked, JudgedQuery judged, int k) {
    long relevant = judged.relevantCount();
    if (relevant == 0) {
      return 0;
    }
    long found = ranked.stream().limit(k).distinct().filter(id -> judged.grade(id) >= 1).count();
    return (double) found / relevant;
  }

  /** 1 / rank of the first result of grade ≥ 1 among the first {@code k}; 0 when there is none. */
  static double reciprocalRank(List<String> ranked, JudgedQuery judged, int k) {
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (judged.grade(ranked.get(i)) >= 1) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static double log2(int x) {
    return Math.log(x) / Math.log(2);
  }
}
