package vn.nq57.search.index;

import java.time.LocalDate;
import java.util.List;

/**
 * A search: the user's words and the filters to apply. A filter holds the values chosen of one facet: an entity
 * passes when it has any of them (values of one facet are alternatives), and every filter given (filters of different
 * facets narrow each other); an empty list does not filter. Null words list every entity the filters pass. Pages count
 * from 1.
 *
 * @param types        entity types (any of)
 * @param levels       levels, {@code central} … {@code commune} (any of)
 * @param provinces    provinces as the facet shows them, their names or area IRIs (any of)
 * @param issuers      issuers as the facet shows them (any of)
 * @param documents    documents by IRI, number or label (any of)
 * @param units        lead units by IRI or name (any of)
 * @param deadlineFrom keeps entities whose deadline period ends on or after this day
 * @param deadlineTo   keeps entities whose deadline period starts on or before this day
 * @param facets       whether to count facets over all matches (a ranked list alone is cheaper)
 */
public record SearchRequest(
    String query,
    List<EntityType> types,
    List<String> levels,
    List<String> provinces,
    List<String> issuers,
    List<String> documents,
    List<String> units,
    LocalDate deadlineFrom,
    LocalDate deadlineTo,
    Boolean completed,
    int page,
    int size,
    boolean facets) {

  public static final int DEFAULT_SIZE = 20;

  /** The facets whose values a request may choose several of, by the name of their API parameter. */
  public static final List<String> MULTI_VALUED = List.of("type", "level", "province", "issuer", "document", "unit");

  public SearchRequest {
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more, was " + page);
    }
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative, was " + size);
    }
    types = values(types);
    levels = values(levels);
    provinces = values(provinces);
    issuers = values(issuers);
    documents = values(documents);
    units = values(units);
  }

  /** A filter's values without nulls or repeats, in the order given; null is none. */
  private static <T> List<T> values(List<T> given) {
    if (given == null) {
      return List.of();
    }
    return given.stream().filter(v -> v != null && !(v instanceof String t && t.isBlank())).distinct().toList();
  }

  private static <T> List<T> one(T value) {
    return value == null ? List.of() : List.of(value);
  }

  /** The first page of results for {@code query}, unfiltered. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, null, null, null, 1, DEFAULT_SIZE, true);
  }

  /** This request keeping only entities of type {@code t} (null: any type). */
  public SearchRequest withType(EntityType t) {
    return withTypes(one(t));
  }

  public SearchRequest withTypes(List<EntityType> t) {
    return toBuilder().types(t).build();
  }

  public SearchRequest withLevel(String l) {
    return withLevels(one(l));
  }

  public SearchRequest withLevels(List<String> l) {
    return toBuilder().levels(l).build();
  }

  public SearchRequest withProvince(String p) {
    return withProvinces(one(p));
  }

  public SearchRequest withProvinces(List<String> p) {
    return toBuilder().provinces(p).build();
  }

  public SearchRequest withIssuer(String i) {
    return withIssuers(one(i));
  }

  public SearchRequest withIssuers(List<String> i) {
    return toBuilder().issuers(i).build();
  }

  public SearchRequest withDocument(String d) {
    return withDocuments(one(d));
  }

  public SearchRequest withDocuments(List<String> d) {
    return toBuilder().documents(d).build();
  }

  public SearchRequest withUnit(String u) {
    return withUnits(one(u));
  }

  public SearchRequest withUnits(List<String> u) {
    return toBuilder().units(u).build();
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

  /**
   * This request without the values chosen of the facet {@code dimension} (an index field: {@code type},
   * {@code level}, {@code province}, {@code issuer}, {@code document}, {@code unit}): what the facet's own counts are
   * taken over, so that a user sees the other values they may add.
   *
   * @throws IllegalArgumentException for a dimension that is not multi-valued
   */
  public SearchRequest without(String dimension) {
    Builder b = toBuilder();
    switch (dimension) {
      case IndexFields.TYPE -> b.types(List.of());
      case IndexFields.LEVEL -> b.levels(List.of());
      case IndexFields.PROVINCE -> b.provinces(List.of());
      case IndexFields.ISSUER -> b.issuers(List.of());
      case IndexFields.DOCUMENT -> b.documents(List.of());
      case IndexFields.UNIT -> b.units(List.of());
      default -> throw new IllegalArgumentException("'" + dimension + "' is not a facet of several values");
    }
    return b.build();
  }

  /** The values chosen of the facet {@code dimension} (as {@link #without}); empty for any other dimension. */
  public List<String> chosen(String dimension) {
    return switch (dimension) {
      case IndexFields.TYPE -> types.stream().map(EntityType::label).toList();
      case IndexFields.LEVEL -> levels;
      case IndexFields.PROVINCE -> provinces;
      case IndexFields.ISSUER -> issuers;
      case IndexFields.DOCUMENT -> documents;
      case IndexFields.UNIT -> units;
      default -> List.of();
    };
  }

  private Builder toBuilder() {
    return new Builder(this);
  }

  /** Collects the fields of a request that differs from another in a few of them. */
  private static final class Builder {
    private final String query;
    private List<EntityType> types;
    private List<String> levels;
    private List<String> provinces;
    private List<String> issuers;
    private List<String> documents;
    private List<String> units;
    private LocalDate deadlineFrom;
    private LocalDate deadlineTo;
    private Boolean completed;
    private int page;
    private int size;
    private boolean facets;

    Builder(SearchRequest r) {
      query = r.query;
      types = r.types;
      levels = r.levels;
      provinces = r.provinces;
      issuers = r.issuers;
      documents = r.documents;
      units = r.units;
      deadlineFrom = r.deadlineFrom;
      deadlineTo = r.deadlineTo;
      completed = r.completed;
      page = r.page;
      size = r.size;
      facets = r.facets;
    }

    Builder types(List<EntityType> t) { types = t; return this; }
    Builder levels(List<String> l) { levels = l; return this; }
    Builder provinces(List<String> p) { provinces = p; return this; }
    Builder issuers(List<String> i) { issuers = i; return this; }
    Builder documents(List<String> d) { documents = d; return this; }
    Builder units(List<String> u) { units = u; return this; }
    Builder deadline(LocalDate from, LocalDate to) { deadlineFrom = from; deadlineTo = to; return this; }
    Builder completed(Boolean c) { completed = c; return this; }
    Builder page(int p) { page = p; return this; }
    Builder size(int s) { size = s; return this; }
    Builder facets(boolean f) { facets = f; return this; }

    SearchRequest build() {
      return new SearchRequest(query, types, levels, provinces, issuers, documents, units, deadlineFrom, deadlineTo,
          completed, page, size, facets);
    }
  }

  /** Whether the user typed nothing: then every entity matching the filters is listed, in index order. */
  public boolean browsing() {
    return query == null || query.isBlank();
  }
}
