package vn.nq57.search.index;

import java.time.LocalDate;

/**
 * A search: the user's words and the filters to apply. Null filters do not filter. Pages count from 1.
 *
 * @param deadlineFrom keeps entities whose deadline period ends on or after this day
 * @param deadlineTo   keeps entities whose deadline period starts on or before this day
 */
public record SearchRequest(
    String query,
    EntityType type,
    String level,
    String province,
    String issuer,
    String document,
    String unit,
    LocalDate deadlineFrom,
    LocalDate deadlineTo,
    Boolean completed,
    int page,
    int size) {

  public static final int DEFAULT_SIZE = 20;

  public SearchRequest {
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more, was " + page);
    }
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative, was " + size);
    }
  }

  /** The first page of results for {@code query}, unfiltered. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, null, null, null, 1, DEFAULT_SIZE);
  }

  public SearchRequest withType(EntityType t) {
    return new SearchRequest(query, t, level, province, issuer, document, unit, deadlineFrom, deadlineTo, completed,
        page, size);
  }

  public SearchRequest withLevel(String l) {
    return new SearchRequest(query, type, l, province, issuer, document, unit, deadlineFrom, deadlineTo, completed,
        page, size);
  }

  public SearchRequest withProvince(String p) {
    return new SearchRequest(query, type, level, p, issuer, document, unit, deadlineFrom, deadlineTo, completed,
        page, size);
  }

  public SearchRequest withIssuer(String i) {
    return new SearchRequest(query, type, level, province, i, document, unit, deadlineFrom, deadlineTo, completed,
        page, size);
  }

  public SearchRequest withDocument(String d) {
    return new SearchRequest(query, type, level, province, issuer, d, unit, deadlineFrom, deadlineTo, completed,
        page, size);
  }

  public SearchRequest withUnit(String u) {
    return new SearchRequest(query, type, level, province, issuer, document, u, deadlineFrom, deadlineTo, completed,
        page, size);
  }

  public SearchRequest withDeadline(LocalDate from, LocalDate to) {
    return new SearchRequest(query, type, level, province, issuer, document, unit, from, to, completed, page, size);
  }

  public SearchRequest withCompleted(Boolean c) {
    return new SearchRequest(query, type, level, province, issuer, document, unit, deadlineFrom, deadlineTo, c,
        page, size);
  }

  public SearchRequest withPage(int p) {
    return new SearchRequest(query, type, level, province, issuer, document, unit, deadlineFrom, deadlineTo, completed,
        p, size);
  }

  public SearchRequest withSize(int s) {
    return new SearchRequest(query, type, level, province, issuer, document, unit, deadlineFrom, deadlineTo, completed,
        page, s);
  }

  /** Whether the user typed nothing: then every entity matching the filters is listed, in index order. */
  public boolean browsing() {
    return query == null || query.isBlank();
  }
}
