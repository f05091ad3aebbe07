package vn.nq57.search.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexableField;
import vn.nq57.search.analysis.DocumentNumber;
import vn.nq57.search.analysis.DocumentNumbers;

import static vn.nq57.search.index.IndexFields.*;

/** Converts an {@link IndexedEntity} to the Lucene document that indexes it, and a stored document back. */
final class EntityDocuments {

  private final FacetsConfig facets = IndexFields.facetsConfig();

  /** The Lucene document of an entity; {@code ordinal} is its place in the store's order, which the index keeps. */
  Document toDocument(IndexedEntity e, int ordinal) throws IOException {
    Document d = new Document();
    d.add(new NumericDocValuesField(ORDINAL, ordinal));
    d.add(new StringField(ID, e.id(), Field.Store.YES));
    keyword(d, TYPE, e.type().label());
    TEXT.fieldsFor(e.text()).forEach(d::add);
    NAME.fieldsFor(e.name()).forEach(d::add);
    DocumentRef doc = e.document();
    if (e.type() == EntityType.DOCUMENT && doc != null && doc.number() != null && !e.name().contains(doc.number())) {
      // a document is named by its number as much as by its title: "57-NQ/TW" names the resolution whose title
      // does not print it, as strongly as the plans that quote it in theirs
      d.add(new TextField(NAME.docNumber(), doc.number(), Field.Store.NO));
    }
    if (doc != null) {
      keyword(d, DOCUMENT, doc.id());
      stored(d, DOC_NUMBER, doc.number());
      stored(d, DOC_LABEL, doc.label());
      stored(d, DOC_TITLE, doc.title());
      stored(d, DOC_FILE, doc.file());
      stored(d, DOC_ISSUER, doc.issuer());
      stored(d, DOC_LEVEL, doc.level());
      stored(d, DOC_CITATION, doc.citation());
      stored(d, DOC_PLAN, doc.planId());
      stored(d, DOC_KIND, doc.kindClass());
      if (e.type() == EntityType.DOCUMENT && doc.number() != null) {
        for (DocumentNumber n : DocumentNumbers.find(doc.number())) {
          n.keys().forEach(k -> d.add(new StringField(SELF_NUMBER, k, Field.Store.NO)));
        }
      }
    }
    keyword(d, LEVEL, e.level());
    keyword(d, PROVINCE, e.province());
    keyword(d, ISSUER, e.issuer());
    for (IndexedEntity.UnitRef u : e.units()) {
      keyword(d, UNIT, u.id());
      stored(d, UNIT_NAME, u.name());
    }
    for (IndexedEntity.UnitRef u : e.coordinating()) {
      stored(d, COORDINATING_ID, u.id());
      stored(d, COORDINATING_NAME, u.name());
    }
    filterOnly(d, PROVINCE_ID, e.provinceId());
    filterOnly(d, AREA_ID, e.areaId());
    stored(d, SECTION, e.section());
    stored(d, NO, e.no());
    stored(d, DEADLINE, e.deadline());
    if (e.deadlineStart() != null && e.deadlineEnd() != null) {
      stored(d, DEADLINE_START, e.deadlineStart().toString());
      stored(d, DEADLINE_END, e.deadlineEnd().toString());
      d.add(new IntPoint(DEADLINE_START_DAY, (int) e.deadlineStart().toEpochDay()));
      d.add(new IntPoint(DEADLINE_END_DAY, (int) e.deadlineEnd().toEpochDay()));
      // Every year and quarter the deadline period overlaps: choosing one on the page filters by overlap (the
      // range), so a task due "Năm 2026" is counted in each quarter of 2026, and a count is what choosing it lists.
      for (String year : years(e.deadlineStart(), e.deadlineEnd())) {
        d.add(new SortedSetDocValuesFacetField(DEADLINE_YEAR, year));
      }
      for (String q : quarters(e.deadlineStart(), e.deadlineEnd())) {
        d.add(new SortedSetDocValuesFacetField(DEADLINE_QUARTER, q));
      }
    }
    if (e.completed() != null) {
      keyword(d, COMPLETED, e.completed().toString());
    }
    stored(d, TARGET, e.target());
    stored(d, UNIT_OF_MEASURE, e.unitOfMeasure());
    if (e.horizonYear() != null) {
      d.add(new StoredField(HORIZON_YEAR, e.horizonYear()));
    }
    stored(d, AREA, e.area());
    return facets.build(d);
  }

  /** The entity a stored document describes; {@code text} is the stored searchable text. */
  static IndexedEntity fromDocument(Document d) {
    String documentId = d.get(DOCUMENT);
    List<IndexedEntity.UnitRef> units = new ArrayList<>();
    String[] unitIds = d.getValues(UNIT);
    String[] unitNames = d.getValues(UNIT_NAME);
    for (int i = 0; i < unitIds.length && i < unitNames.length; i++) {
      units.add(new IndexedEntity.UnitRef(unitIds[i], unitNames[i]));
    }
    IndexableField horizon = d.getField(HORIZON_YEAR);
    String start = d.get(DEADLINE_START);
    String end = d.get(DEADLINE_END);
    String completed = d.get(COMPLETED);
    List<IndexedEntity.UnitRef> coordinating = new ArrayList<>();
    String[] coordinatingIds = d.getValues(COORDINATING_ID);
    String[] coordinatingNames = d.getValues(COORDINATING_NAME);
    for (int i = 0; i < coordinatingIds.length && i < coordinatingNames.length; i++) {
      coordinating.add(new IndexedEntity.UnitRef(coordinatingIds[i], coordinatingNames[i]));
    }
    return new IndexedEntity(d.get(ID), EntityType.parse(d.get(TYPE)).orElseThrow(),
        d.get(NAME.exact()), d.get(TEXT.exact()),
        documentId == null ? null : new DocumentRef(documentId, d.get(DOC_NUMBER), d.get(DOC_TITLE), d.get(DOC_FILE),
            d.get(DOC_ISSUER), d.get(DOC_LEVEL), d.get(DOC_LABEL), d.get(DOC_CITATION), d.get(DOC_PLAN),
            d.get(DOC_KIND)),
        d.get(SECTION), d.get(NO), d.get(LEVEL), d.get(PROVINCE), d.get(ISSUER), units, d.get(DEADLINE),
        start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
        completed == null ? null : Boolean.valueOf(completed), d.get(TARGET), d.get(UNIT_OF_MEASURE),
        horizon == null ? null : horizon.numericValue().intValue(), d.get(AREA), coordinating, d.get(AREA_ID),
        d.get(PROVINCE_ID));
  }

  /** The most years or quarters a deadline is counted in: past it, only the last ones (the period's end). */
  static final int MAX_PERIODS = 40;

  /** The years from {@code start} to {@code end} ("2025", "2026"), the last {@link #MAX_PERIODS} of them at most. */
  static List<String> years(LocalDate start, LocalDate end) {
    List<String> out = new ArrayList<>();
    for (int y = Math.max(start.getYear(), end.getYear() - MAX_PERIODS + 1); y <= end.getYear(); y++) {
      out.add(Integer.toString(y));
    }
    return out;
  }

  /** The quarters from {@code start} to {@code end} ("2026-Q1" … "2026-Q4"), the last {@link #MAX_PERIODS} at most. */
  static List<String> quarters(LocalDate start, LocalDate end) {
    List<String> out = new ArrayList<>();
    LocalDate first = end.withDayOfMonth(1).minusMonths(3L * (MAX_PERIODS - 1));
    for (LocalDate q = start.isAfter(first) ? start : first; !q.isAfter(end);
        q = q.withDayOfMonth(1).plusMonths(3)) {
      String name = quarter(q);
      if (out.isEmpty() || !out.getLast().equals(name)) {
        out.add(name);
      }
    }
    if (out.isEmpty() || !out.getLast().equals(quarter(end))) {
      out.add(quarter(end));
    }
    return out;
  }

  /** "2026-Q2" for a date in April–June 2026. */
  static String quarter(LocalDate date) {
    return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
  }

  /** An exact-match filter field, stored, and a facet. IRIs are faceted too; their labels are looked up when shown. */
  private static void keyword(Document d, String field, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    d.add(new StringField(field, value, Field.Store.YES));
    d.add(new SortedSetDocValuesFacetField(field, value));
  }

  /** An exact-match filter field, stored, not faceted. */
  private static void filterOnly(Document d, String field, String value) {
    if (value != null && !value.isBlank()) {
      d.add(new StringField(field, value, Field.Store.YES));
    }
  }

  private static void stored(Document d, String field, String value) {
    if (value != null) {
      d.add(new StoredField(field, value));
    }
  }
}
