package vn.nq57.search.relevance;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/** Runs every judged query on every engine and scores the top {@value #CUTOFF} results. */
final class RelevanceEvaluation {

  static final int CUTOFF = 10;

  /** One engine's answer to one query, scored. */
  record QueryScore(JudgedQuery query, String engine, List<String> ranked, double ndcg, double recall,
      double reciprocalRank) {}

  /** Mean scores over a set of queries. */
  record Means(int queries, double ndcg, double recall, double mrr) {}

  private final List<JudgedQuery> queries;
  private final List<String> engines = new ArrayList<>();
  private final List<QueryScore> scores = new ArrayList<>();

  private RelevanceEvaluation(List<JudgedQuery> queries) {
    this.queries = List.copyOf(queries);
  }

  static RelevanceEvaluation run(List<JudgedQuery> queries, List<? extends SearchEngine> engines) throws IOException {
    RelevanceEvaluation evaluation = new RelevanceEvaluation(queries);
    for (SearchEngine engine : engines) {
      evaluation.engines.add(engine.name());
      for (JudgedQuery q : queries) {
        List<String> ranked = engine.search(q.text(), CUTOFF);
        evaluation.scores.add(new QueryScore(q, engine.name(), ranked, Metrics.ndcg(ranked, q, CUTOFF),
            Metrics.recall(ranked, q, CUTOFF), Metrics.reciprocalRank(ranked, q, CUTOFF)));
      }
    }
    return evaluation;
  }

  List<JudgedQuery> queries() {
    return queries;
  }

  List<String> engines() {
    return engines;
  }

  /** The categories, in the order they first appear in the judged set. */
  List<String> categories() {
    return new ArrayList<>(new LinkedHashSet<>(queries.stream().map(JudgedQuery::category).toList()));
  }

  Means overall(String engine) {
    return means(engine, q -> true);
  }

  Means category(String engine, String category) {
    return means(engine, q -> q.category().equals(category));
  }

  /** The score of one engine on one query. */
  QueryScore score(String engine, JudgedQuery query) {
    return scores.stream().filter(s -> s.engine().equals(engine) && s.query() == query).findFirst().orElseThrow();
  }

  /** Per-category means of every engine, keyed by category then engine. */
  Map<String, Map<String, Means>> byCategory() {
    Map<String, Map<String, Means>> out = new LinkedHashMap<>();
    for (String c : categories()) {
      Map<String, Means> row = new LinkedHashMap<>();
      engines.forEach(e -> row.put(e, category(e, c)));
      out.put(c, row);
    }
    return out;
  }

  private Means means(String engine, Predicate<JudgedQuery> which) {
    List<QueryScore> selected = scores.stream().filter(s -> s.engine().equals(engine) && which.test(s.query())).toList();
    return new Means(selected.size(), mean(selected, QueryScore::ndcg), mean(selected, QueryScore::recall),
        mean(selected, QueryScore::reciprocalRank));
  }

  private static double mean(List<QueryScore> scores, ToDoubleFunction<QueryScore> metric) {
    return scores.stream().mapToDouble(metric).average().orElse(0);
  }
}
