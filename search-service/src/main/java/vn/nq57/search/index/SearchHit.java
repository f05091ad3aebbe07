package vn.nq57.search.index;

/**
 * One result: the entity, its score, and a snippet of its text, HTML-escaped, with the matched words in
 * {@code <mark>…</mark>}.
 */
public record SearchHit(IndexedEntity entity, float score, String snippet) {

  public String id() {
    return entity.id();
  }
}
