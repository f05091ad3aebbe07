package vn.nq57.search.index;

import java.time.LocalDate;
import java.util.List;

/**
 * One task, indicator, document or unit as the search index sees it: what is searched, what is shown, what is faceted.
 * Every string is the graph's verbatim text.
 *
 * @param id          the entity's IRI
 * @param name        its name (a document's title, a unit's label)
 * @param text        all of its searchable text: the name first, then context (expected result, units, section, …)
 * @param document    the document it belongs to (for a document: itself); null for a unit
 * @param section     the section heading it stands under, or null
 * @param no          its ordinal in the source table ("3", "II"), or null
 * @param level       the level of its document or area: central, ministry, province, district, commune; or null
 * @param province    the province its document's area lies in (label, e.g. "tỉnh Đồng Nai"), or null
 * @param issuer      the issuer named by its document, or null
 * @param units       the units that lead it (for a unit: itself)
 * @param deadline    its deadline as written ("Quý II/2026"), or null
 * @param deadlineStart first day of the deadline period, or null when the deadline is not a date
 * @param deadlineEnd   last day of the deadline period, or null
 * @param completed   whether the task is marked completed; null for other types
 * @param target      for an indicator: its target as written ("≥ 80%"), else null
 * @param unitOfMeasure for an indicator: its unit ("%"), else null
 * @param horizonYear for an indicator: the year its target is for, else null
 * @param area        the label of the area of its document or of the unit, or null
 * @param coordinating the units that coordinate it (tasks only), in the order of their IRIs
 * @param areaId      the IRI of that area (for an appendix: its plan's area), or null
 * @param provinceId  the IRI of the province area {@code province} names, or null
 */
public record IndexedEntity(
    String id,
    EntityType type,
    String name,
    String text,
    DocumentRef document,
    String section,
    String no,
    String level,
    String province,
    String issuer,
    List<UnitRef> units,
    String deadline,
    LocalDate deadlineStart,
    LocalDate deadlineEnd,
    Boolean completed,
    String target,
    String unitOfMeasure,
    Integer horizonYear,
    String area,
    List<UnitRef> coordinating,
    String areaId,
    String provinceId) {

  public IndexedEntity {
    units = units == null ? List.of() : List.copyOf(units);
    coordinating = coordinating == null ? List.of() : List.copyOf(coordinating);
  }

  /** A unit named on a result: IRI and label. */
  public record UnitRef(String id, String name) {}
}
