package vn.nq57.search.index;

import java.io.IOException;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.nq57.search.analysis.AbbreviationSource;
import vn.nq57.search.analysis.VietnameseQueryBuilder;

/**
 * Builds the Lucene query for a {@link SearchRequest}: the user's words must match the entity's text (any tier); a match
 * in its name adds to the score, so a task named by the words ranks above one that only mentions them in context;
 * filters restrict without scoring.
 */
final class EntityQuery {

  /** How much more a match in the name counts than a match anywhere in the text. */
  private static final float NAME_BOOST = 1.5f;

  /** A document whose own number the words name ranks above every task that only cites it. */
  private static final float SELF_NUMBER_BOOST = 100f;

  private final VietnameseQueryBuilder text;
  private final VietnameseQueryBuilder name;
  private final boolean forgiving;

  EntityQuery(AbbreviationSource abbreviations) {
    this(new VietnameseQueryBuilder(IndexFields.TEXT, abbreviations),
        new VietnameseQueryBuilder(IndexFields.NAME, abbreviations), false);
  }

  private EntityQuery(VietnameseQueryBuilder text, VietnameseQueryBuilder name, boolean forgiving) {
    this.text = text;
    this.name = name;
    this.forgiving = forgiving;
  }

  /** The looser queries tried when these find nothing (see {@link VietnameseQueryBuilder#forgiving()}). */
  EntityQuery forgiving() {
    return forgiving ? this : new EntityQuery(text.forgiving(), name.forgiving(), true);
  }

  /** The forgiving queries with every part required: their matches beyond the exact ones are approximate. */
  EntityQuery forgivingEveryPart() {
    return new EntityQuery(text.forgivingEveryPart(), name.forgivingEveryPart(), true);
  }

  /** A user's words parsed once, against the text and the name; null when browsing without words. */
  record Words(VietnameseQueryBuilder.Parts text, VietnameseQueryBuilder.Parts name) {}

  Words parse(String userQuery) {
    if (userQuery == null || userQuery.isBlank()) {
      return null;
    }
    VietnameseQueryBuilder.Reading read = text.read(userQuery); // the same words for both fields: read once
    return new Words(text.buildParts(read), name.buildParts(read));
  }

  /**
   * The words with what must match (in the text and in the name) rewritten for {@code searcher}: its fuzzy parts
   * expanded to the index's terms once, so every query built from these words reuses them.
   *
   * @throws IOException reading the terms dictionary
   */
  static Words rewritten(Words words, IndexSearcher searcher) throws IOException {
    VietnameseQueryBuilder.Parts t = words.text();
    VietnameseQueryBuilder.Parts n = words.name();
    return new Words(t.with(searcher.rewrite(t.matching()), t.firstPass()),
        n.with(searcher.rewrite(n.matching()), n.firstPass()));
  }

  /** The words against the text alone: what the highlighter marks. */
  static Query highlighted(Words words) {
    return words.text().query();
  }

  /** The words matched against names only (for completions). */
  Query nameWords(String userQuery) {
    return name.build(userQuery);
  }

  /** The whole query: matching, filters (null: none) and the proximity boost. */
  static Query build(Query filter, Words words) {
    Query proximity = proximity(words);
    return proximity == null ? matching(filter, words) : new BooleanQuery.Builder()
        .add(matching(filter, words), Occur.MUST)
        .add(proximity, Occur.SHOULD)
        .build();
  }

  /** What an entity must match, with the filters (null: none); the proximity boost left out (see {@link #proximity}). */
  static Query matching(Query filter, Words words) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    if (words == null) {
      q.add(new MatchAllDocsQuery(), Occur.MUST);
    } else {
      q.add(words.text().matching(), Occur.MUST);
      q.add(new BoostQuery(words.name().matching(), NAME_BOOST), Occur.SHOULD);
      selfNumber(words).ifPresent(n -> q.add(n, Occur.SHOULD));
    }
    if (filter != null) {
      q.add(filter, Occur.FILTER);
    }
    return q.build();
  }

  /**
   * The lean first pass: the words' {@link VietnameseQueryBuilder.Parts#firstPass} must match the text, and add to
   * the score when they match the name (as in {@link #matching}: without it the entities named by the words, which the
   * full query ranks first, fall out of the window: at 34x1000 a window of 200 kept the full query's top 10 for 201 of
   * 300 new queries without it, 284 with it); a document named by its own number first; the filters (null: none).
   * Its hits are those of {@link #matching} but for the fuzzy-only ones; {@link #matching} (and {@link #proximity})
   * then rank its top hits. Null words: every entity, as {@link #matching}.
   */
  static Query firstPass(Query filter, Words words) {
    if (words == null) {
      return matching(filter, null);
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    q.add(words.text().firstPass(), Occur.MUST);
    q.add(new BoostQuery(words.name().firstPass(), NAME_BOOST), Occur.SHOULD);
    selfNumber(words).ifPresent(n -> q.add(n, Occur.SHOULD));
    if (filter != null) {
      q.add(filter, Occur.FILTER);
    }
    return q.build();
  }

  /** A document whose own number the words name, boosted above every text that only cites it. */
  private static java.util.Optional<Query> selfNumber(Words words) {
    List<String> numbers = words.text().documentNumbers();
    return numbers.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(new BoostQuery(new ConstantScoreQuery(new TermInSetQuery(IndexFields.SELF_NUMBER,
            numbers.stream().map(BytesRef::new).toList())), SELF_NUMBER_BOOST));
  }

  /**
   * Whether a text holds every part of the words, when a match may lack some (a query of four parts or more, where one
   * part in three may be missing): {@code matching}'s optional clauses all required, unscored; null when every part is
   * required already. Built from the rewritten words, so their fuzzy parts are not expanded again.
   */
  static Query everyPart(Words words) {
    if (!(words.text().matching() instanceof BooleanQuery b) || b.getMinimumNumberShouldMatch() == 0) {
      return null;
    }
    long optional = b.clauses().stream().filter(c -> c.occur() == Occur.SHOULD).count();
    if (b.getMinimumNumberShouldMatch() >= optional) {
      return null;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (var c : b.clauses()) {
      all.add(c.query(), c.occur() == Occur.SHOULD || c.occur() == Occur.MUST ? Occur.FILTER : c.occur());
    }
    return new ConstantScoreQuery(all.build());
  }

  /** The boost for the words found together, in the text and (more) in the name; null when there is none. */
  static Query proximity(Words words) {
    if (words == null || (words.text().proximity() == null && words.name().proximity() == null)) {
      return null;
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    if (words.text().proximity() != null) {
      q.add(words.text().proximity(), Occur.SHOULD);
    }
    if (words.name().proximity() != null) {
      q.add(new BoostQuery(words.name().proximity(), NAME_BOOST), Occur.SHOULD);
    }
    return q.build();
  }

  /** What each filter parameter names, in Vietnamese, for the message of a value that names nothing. */
  private static final java.util.Map<String, String> FILTER_NAMES_VI = java.util.Map.of(
      "province", "tỉnh, thành phố", "issuer", "cơ quan ban hành", "document", "văn bản", "unit", "cơ quan, đơn vị");

  /**
   * The request's filters as one query, or null when it has none: each facet's chosen values as alternatives (an
   * entity with any of them passes), the facets and the deadline range narrowing each other. Province, issuer,
   * document and unit values are looked up in {@code values} (any Unicode form, case, the IRI the API publishes, a
   * document's number).
   *
   * @throws SearchInputException naming the parameter whose value names nothing in the index
   */
  static Query filters(SearchRequest request, java.util.function.Supplier<FilterValues> values) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    boolean any = false;
    if (!request.types().isEmpty()) {
      q.add(anyOf(request.types().stream()
          .<Query>map(t -> new TermQuery(new Term(IndexFields.TYPE, t.label()))).toList()), Occur.FILTER);
      any = true;
    }
    if (!request.levels().isEmpty()) {
      q.add(anyOf(request.levels().stream()
          .<Query>map(l -> new TermQuery(new Term(IndexFields.LEVEL, l))).toList()), Occur.FILTER);
      any = true;
    }
    record Looked(String parameter, String field, List<String> chosen) {}
    for (Looked f : List.of(
        new Looked("province", IndexFields.PROVINCE, request.provinces()),
        new Looked("issuer", IndexFields.ISSUER, request.issuers()),
        new Looked("document", IndexFields.DOCUMENT, request.documents()),
        new Looked("unit", IndexFields.UNIT, request.units()))) {
      if (f.chosen().isEmpty()) {
        continue;
      }
      List<Query> resolved = new java.util.ArrayList<>();
      for (String value : f.chosen()) {
        Query one = values.get().filter(f.field(), value);
        if (one == null) {
          List<String> examples = values.get().examples(f.field(), 3);
          throw new SearchInputException(f.parameter(), "Parameter '" + f.parameter() + "' is '" + shorten(value)
              + "', which names no " + f.parameter() + " in the index; give a value as the facets show it"
              + (examples.isEmpty() ? "" : " (e.g. " + String.join("; ", examples) + ")")
              + (f.parameter().equals("issuer") ? "" : " or its IRI"),
              "Tham số '" + f.parameter() + "' là '" + shorten(value) + "', không khớp với "
              + FILTER_NAMES_VI.get(f.parameter()) + " nào trong chỉ mục; hãy ghi giá trị như trong danh sách lọc"
              + (examples.isEmpty() ? "" : " (ví dụ: " + String.join("; ", examples) + ")")
              + (f.parameter().equals("issuer") ? "" : " hoặc IRI của nó") + ".");
        }
        resolved.add(one);
      }
      q.add(anyOf(resolved), Occur.FILTER);
      any = true;
    }
    if (request.completed() != null) {
      q.add(new TermQuery(new Term(IndexFields.COMPLETED, request.completed().toString())), Occur.FILTER);
      any = true;
    }
    if (request.deadlineFrom() != null) {
      q.add(IntPoint.newRangeQuery(IndexFields.DEADLINE_END_DAY, (int) request.deadlineFrom().toEpochDay(),
          Integer.MAX_VALUE), Occur.FILTER);
      any = true;
    }
    if (request.deadlineTo() != null) {
      q.add(IntPoint.newRangeQuery(IndexFields.DEADLINE_START_DAY, Integer.MIN_VALUE,
          (int) request.deadlineTo().toEpochDay()), Occur.FILTER);
      any = true;
    }
    return any ? q.build() : null;
  }

  /** One query, or the alternatives of several (any one passes). */
  private static Query anyOf(List<Query> alternatives) {
    if (alternatives.size() == 1) {
      return alternatives.getFirst();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    alternatives.forEach(a -> b.add(a, Occur.SHOULD));
    return b.build();
  }

  private static String shorten(String value) {
    return value.length() <= 80 ? value : value.substring(0, 80) + "…";
  }
}
