package vn.nq57.search.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the judged query set ({@code relevance/judgements.tsv}). The format is line based and tab separated:
 *
 * <pre>
 * # comment
 * Q01  category  query text                  ← a query: its id starts with "Q"
 * 2    doc/…/task/11  name, for the reader   ← a judgement of the query above: grade, entity, free text
 * </pre>
 *
 * Entities are IRIs, written relative to {@value #ID_BASE} unless they start with "http".
 */
final class Judgements {

  static final String ID_BASE = "https://w3id.org/nq57/id/";

  private Judgements() {}

  static List<JudgedQuery> read(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<JudgedQuery> parse(List<String> lines, String source) {
    List<JudgedQuery> queries = new ArrayList<>();
    String[] query = null;
    Map<String, Integer> grades = new LinkedHashMap<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      String where = source + ":" + (n + 1);
      if (cells[0].startsWith("Q")) {
        if (query != null) {
          queries.add(new JudgedQuery(query[0], query[1], query[2], grades));
        }
        if (cells.length < 3 || cells[2].isBlank()) {
          throw new IllegalArgumentException(where + ": a query line needs id, category and text");
        }
        query = new String[] {cells[0].strip(), cells[1].strip(), cells[2].strip()};
        grades = new LinkedHashMap<>();
      } else {
        if (query == null || cells.length < 2 || !cells[0].strip().matches("[12]")) {
          throw new IllegalArgumentException(where + ": expected a query line or a judgement 'grade<TAB>entity'");
        }
        String entity = iri(cells[1].strip());
        if (grades.put(entity, Integer.parseInt(cells[0].strip())) != null) {
          throw new IllegalArgumentException(where + ": " + entity + " judged twice");
        }
      }
    }
    if (query != null) {
      queries.add(new JudgedQuery(query[0], query[1], query[2], grades));
    }
    return queries;
  }

  private static String iri(String entity) {
    return entity.startsWith("http") ? entity : ID_BASE + entity;
  }
}
