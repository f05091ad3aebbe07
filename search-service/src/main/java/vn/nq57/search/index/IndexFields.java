package vn.nq57.search.index;

import org.apache.lucene.facet.FacetsConfig;
import vn.nq57.search.analysis.TierFields;

/** The names of the index's fields and facet dimensions, in one place. */
public final class IndexFields {

  private IndexFields() {}

  /** The entity's IRI: stored, and indexed as one term to find it again. */
  public static final String ID = "id";
  public static final String TYPE = "type";
  /** The entity's place in the store's order (documents, their parts in table order, units): the index sort. */
  static final String ORDINAL = "ordinal";

  /** All searchable text of an entity, in every analysis tier. */
  public static final TierFields TEXT = TierFields.TEXT;
  /** The entity's name alone, in every tier: a match here ranks above a match in context. */
  public static final TierFields NAME = TierFields.of("name");

  // Filters: exact values, one term each.
  public static final String LEVEL = "level";
  public static final String PROVINCE = "province";
  public static final String ISSUER = "issuer";
  public static final String DOCUMENT = "document";
  public static final String UNIT = "unit";
  public static final String COMPLETED = "completed";
  /** The IRI of the province area ({@link #PROVINCE} is its label): a filter may name either. */
  public static final String PROVINCE_ID = "province.id";
  /** The IRI of the entity's area (a document's, a part's document's, a unit's). */
  public static final String AREA_ID = "area.id";
  /** A document's own number as canonical keys ({@code 57/nq/tw}, {@code nq:57}): the query ranks the document first. */
  static final String SELF_NUMBER = "self.number";
  /** Deadline period as epoch days, for range filters. */
  public static final String DEADLINE_START_DAY = "deadline.startDay";
  public static final String DEADLINE_END_DAY = "deadline.endDay";

  // Facet dimensions beyond the filters above.
  public static final String DEADLINE_YEAR = "deadlineYear";
  public static final String DEADLINE_QUARTER = "deadlineQuarter";

  /** The facet dimensions, in the order they are shown. */
  public static final java.util.List<String> FACETS = java.util.List.of(
      TYPE, LEVEL, PROVINCE, ISSUER, DOCUMENT, UNIT, DEADLINE_YEAR, DEADLINE_QUARTER, COMPLETED);

  // Stored only, for display.
  static final String DOC_NUMBER = "doc.number";
  static final String DOC_LABEL = "doc.label";
  static final String DOC_TITLE = "doc.title";
  static final String DOC_FILE = "doc.file";
  static final String DOC_ISSUER = "doc.issuer";
  static final String DOC_LEVEL = "doc.level";
  static final String DOC_CITATION = "doc.citation";
  static final String DOC_PLAN = "doc.plan";
  static final String DOC_KIND = "doc.kind";
  static final String COORDINATING_ID = "coordinating.id";
  static final String COORDINATING_NAME = "coordinating.name";
  static final String SECTION = "section";
  static final String NO = "no";
  static final String UNIT_NAME = "unit.name";
  static final String DEADLINE = "deadline";
  static final String DEADLINE_START = "deadline.start";
  static final String DEADLINE_END = "deadline.end";
  static final String TARGET = "target";
  static final String UNIT_OF_MEASURE = "unitOfMeasure";
  static final String HORIZON_YEAR = "horizonYear";
  static final String AREA = "area";

  /** Facet settings: an entity may have several lead units. */
  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(UNIT, true);
    config.setMultiValued(DEADLINE_YEAR, true);   // every year and quarter a deadline period overlaps
    config.setMultiValued(DEADLINE_QUARTER, true);
    return config;
  }
}
