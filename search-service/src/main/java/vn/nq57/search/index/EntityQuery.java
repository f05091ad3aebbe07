package vn.nq57.search.index;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
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

  /** A user's words parsed once, against the text and the name; null when browsing without words. */
  record Words(VietnameseQueryBuilder.Parts text, VietnameseQueryBuilder.Parts name) {}

  Words parse(String userQuery) {
    return userQuery == null || userQuery.isBlank() ? null
        : new Words(text.buildParts(userQuery), name.buildParts(userQuery));
  }

  /** The words against the text alone: what the highlighter marks. */
  static Query highlighted(Words words) {
    return words.text().query();
  }

  /** The words matched against names only (for completions). */
  Query nameWords(String userQuery) {
    return name.build(userQuery);
  }

  /** The whole query: matching, filters and the proximity boost. */
  static Query build(SearchRequest request, Words words) {
    Query proximity = proximity(words);
    return proximity == null ? matching(request, words) : new BooleanQuery.Builder()
        .add(matching(request, words), Occur.MUST)
        .add(proximity, Occur.SHOULD)
        .build();
  }

  /** What an entity must match, with the filters; the proximity boost left out (see {@link #proximity}). */
  static Query matching(SearchRequest request, Words words) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    if (words == null) {
      q.add(new MatchAllDocsQuery(), Occur.MUST);
    } else {
      q.add(words.text().matching(), Occur.MUST);
      q.add(new BoostQuery(words.name().matching(), NAME_BOOST), Occur.SHOULD);
    }
    addFilters(q, request);
    return q.build();
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

  private static void addFilters(BooleanQuery.Builder q, SearchRequest request) {
    if (request.type() != null) {
      filter(q, IndexFields.TYPE, request.type().label());
    }
    filter(q, IndexFields.LEVEL, request.level());
    filter(q, IndexFields.PROVINCE, request.province());
    filter(q, IndexFields.ISSUER, request.issuer());
    filter(q, IndexFields.DOCUMENT, request.document());
    filter(q, IndexFields.UNIT, request.unit());
    if (request.completed() != null) {
      filter(q, IndexFields.COMPLETED, request.completed().toString());
    }
    if (request.deadlineFrom() != null) {
      q.add(IntPoint.newRangeQuery(IndexFields.DEADLINE_END_DAY, (int) request.deadlineFrom().toEpochDay(),
          Integer.MAX_VALUE), Occur.FILTER);
    }
    if (request.deadlineTo() != null) {
      q.add(IntPoint.newRangeQuery(IndexFields.DEADLINE_START_DAY, Integer.MIN_VALUE,
          (int) request.deadlineTo().toEpochDay()), Occur.FILTER);
    }
  }

  private static void filter(BooleanQuery.Builder q, String field, String value) {
    if (value != null && !value.isBlank()) {
      q.add(new TermQuery(new Term(field, value)), Occur.FILTER);
    }
  }
}
