package vn.nq57.search.index;

/**
 * One result: the entity, its score, a snippet of its text, HTML-escaped, with the matched words in
 * {@code <mark>…</mark>}, and how it matched the words.
 */
public record SearchHit(IndexedEntity entity, float score, String snippet, Match match) {

  /** How a result matched: the words as typed, or only in the forgiving pass. */
  public enum Match {
    /** Every required word as typed (or listed without words). */
    EXACT,
    /** Every word, but with other diacritics or one slip of the keyboard. */
    APPROXIMATE,
    /** Some words only (one in three may be missing). */
    PARTIAL;

    /** The lower-case name the API shows. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public String id() {
    return entity.id();
  }
}
