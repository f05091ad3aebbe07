package vn.nq57.search.relevance;

import java.util.Map;

/**
 * One query of the judged set with its graded judgements: entity IRI → grade (2 = exactly what the officer wants,
 * 1 = related). Entities not listed are unjudged and count as grade 0.
 */
record JudgedQuery(String id, String category, String text, Map<String, Integer> grades) {

  JudgedQuery {
    grades = Map.copyOf(grades);
  }

  /** The grade of an entity, 0 when unjudged. */
  int grade(String entityId) {
    return grades.getOrDefault(entityId, 0);
  }

  /** How many entities are at least related (grade ≥ 1). */
  long relevantCount() {
    return grades.values().stream().filter(g -> g >= 1).count();
  }
}
