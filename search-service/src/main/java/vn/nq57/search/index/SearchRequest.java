package vn.nq57.search.index;

import java.time.LocalDate;

/**
 * A search: the user's words and the filters to apply. Null filters do not filter. Pages count from 1.
 *
 * @param deadlineFrom keeps entities whose deadline period ends on or after this day
 * @param deadlineTo   keeps entities whose deadline period starts on or before this day
 * @param facets       whether to count facets over all matches (a ranked list alone is cheaper)
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
    int size,
    boolean facets) {

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
    return new SearchRequest(query, null, null, null, null, null, null, null, null, null, 1, DEFAULT_SIZE, true);
  }

  public SearchRequest withType(EntityType t) {
    return toBuilder().type(t).build();
  }

  public SearchRequest withLevel(String l) {
    return toBuilder().level(l).build();
  }

  public SearchRequest withProvince(String p) {
    return toBuilder().province(p).build();
  }

  public SearchRequest withIssuer(String i) {
    return toBuilder().issuer(i).build();
  }

  public SearchRequest withDocument(String d) {
    return toBuilder().document(d).build();
  }

  public SearchRequest withUnit(String u) {
    return toBuilder().unit(u).build();
  }

  public SearchRequest withDeadline(LocalDate from, LocalDate to) {
    return toBuilder().deadline(from, to).build();
  }

  public SearchRequest withCompleted(Boolean c) {
    return toBuilder().completed(c).build();
  }

  public SearchRequest withPage(int p) {
    return toBuilder().page(p).build();
  }

  public SearchRequest withSize(int s) {
    return toBuilder().size(s).build();
  }

  public SearchRequest withFacets(boolean f) {
    return toBuilder().facets(f).build();
  }

  private Builder toBuilder() {
    return new Builder(this);
  }

  /** Collects the fields of a request that differs from another in a few of them. */
  private static final class Builder {
    private final String query;
    private EntityType type;
    private String level;
    private String province;
    private String issuer;
    private String document;
    private String unit;
    private LocalDate deadlineFrom;
    private LocalDate deadlineTo;
    private Boolean completed;
    private int page;
    private int size;
    private boolean facets;

    Builder(SearchRequest r) {
      query = r.query;
      type = r.type;
      level = r.level;
      province = r.province;
      issuer = r.issuer;
      document = r.document;
      unit = r.unit;
      deadlineFrom = r.deadlineFrom;
      deadlineTo = r.deadlineTo;
      completed = r.completed;
      page = r.page;
      size = r.size;
      facets = r.facets;
    }

    Builder type(EntityType t) { type = t; return this; }
    Builder level(String l) { level = l; return this; }
    Builder province(String p) { province = p; return this; }
    Builder issuer(String i) { issuer = i; return this; }
    Builder document(String d) { document = d; return this; }
    Builder unit(String u) { unit = u; return this; }
    Builder deadline(LocalDate from, LocalDate to) { deadlineFrom = from; deadlineTo = to; return this; }
    Builder completed(Boolean c) { completed = c; return this; }
    Builder page(int p) { page = p; return this; }
    Builder size(int s) { size = s; return this; }
    Builder facets(boolean f) { facets = f; return this; }

    SearchRequest build() {
      return new SearchRequest(query, type, level, province, issuer, document, unit, deadlineFrom, deadlineTo,
          completed, page, size, facets);
    }
  }

  /** Whether the user typed nothing: then every entity matching the filters is listed, in index order. */
  public boolean browsing() {
    return query == null || query.isBlank();
  }
}
