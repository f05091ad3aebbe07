package vn.nq57.search.relevance;

import java.util.List;
import java.util.Locale;

/** The evaluation as Markdown: overall means, means per query category, and every query's nDCG@10. */
final class MarkdownReport {

  private MarkdownReport() {}

  static String render(RelevanceEvaluation e, int corpusSize) {
    StringBuilder md = new StringBuilder();
    List<String> engines = e.engines();
    md.append("Relevance on the real documents: ").append(e.queries().size()).append(" judged queries, ")
        .append(corpusSize).append(" indexed entities (tasks, indicators, documents, units); cut-off ")
        .append(RelevanceEvaluation.CUTOFF).append(".\n\n");

    md.append("| engine | nDCG@10 | Recall@10 | MRR@10 |\n|---|---:|---:|---:|\n");
    for (String engine : engines) {
      RelevanceEvaluation.Means m = e.overall(engine);
      md.append("| ").append(engine).append(" | ").append(f(m.ndcg())).append(" | ").append(f(m.recall()))
          .append(" | ").append(f(m.mrr())).append(" |\n");
    }

    md.append("\nPer query category (nDCG@10 / Recall@10 / MRR@10):\n\n| category | queries |");
    engines.forEach(engine -> md.append(' ').append(engine).append(" |"));
    md.append("\n|---|---:|");
    engines.forEach(engine -> md.append("---|"));
    md.append('\n');
    e.byCategory().forEach((category, row) -> {
      md.append("| ").append(category).append(" | ").append(row.values().iterator().next().queries()).append(" |");
      row.values().forEach(m -> md.append(' ').append(f(m.ndcg())).append(" / ").append(f(m.recall()))
          .append(" / ").append(f(m.mrr())).append(" |"));
      md.append('\n');
    });

    md.append("\nPer query (nDCG@10):\n\n| id | category | query |");
    engines.forEach(engine -> md.append(' ').append(engine).append(" |"));
    md.append("\n|---|---|---|");
    engines.forEach(engine -> md.append("---:|"));
    md.append('\n');
    for (JudgedQuery q : e.queries()) {
      md.append("| ").append(q.id()).append(" | ").append(q.category()).append(" | `")
          .append(q.text().replace("|", "\\|")).append("` |");
      engines.forEach(engine -> md.append(' ').append(f(e.score(engine, q).ndcg())).append(" |"));
      md.append('\n');
    }
    return md.toString();
  }

  /**
   * Every engine's top results per query with their grades ("·" = unjudged): what a judge reads to check that nothing
   * relevant went unjudged.
   */
  static String pool(RelevanceEvaluation e, java.util.Map<String, CorpusEntity> byId) {
    StringBuilder md = new StringBuilder();
    for (JudgedQuery q : e.queries()) {
      md.append("## ").append(q.id()).append(" (").append(q.category()).append(") `").append(q.text()).append("`\n");
      for (String engine : e.engines()) {
        md.append("\n").append(engine).append(":\n");
        int rank = 1;
        for (String id : e.score(engine, q).ranked()) {
          CorpusEntity entity = byId.get(id);
          String name = entity == null ? "?" : entity.name();
          md.append(rank++).append(". [").append(q.grades().containsKey(id) ? q.grade(id) : "·").append("] ")
              .append(id.replace(Judgements.ID_BASE, "")).append(" — ")
              .append(name.length() > 110 ? name.substring(0, 110) + "…" : name).append('\n');
        }
      }
      md.append('\n');
    }
    return md.toString();
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
