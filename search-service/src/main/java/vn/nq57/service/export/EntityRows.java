package vn.nq57.service.export;

import vn.nq57.search.index.DocumentRef;
import vn.nq57.search.index.IndexedEntity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows every download of tasks, indicators, documents and units has, one per {@link IndexedEntity}, with what the
 * screen shows beside a result: the document (its number; a draft by kind and issuer as the pages name it; an appendix's plan, see
 * {@link DocumentRef#citation()}), issuer, area, province, level, section, ordinal, lead and coordinating units, the
 * deadline as printed and as the period it was normalised to, completed, an indicator's target, and a link back to
 * the entity's page; then the IRIs of its document's plan, its area and its province (what a JSON-LD download
 * describes beside the entity, so that its document, area and province are in the file too). Callers may add columns
 * of their own after these (a search's match and score).
 */
public final class EntityRows {

    /** The columns every entity row has, in order. */
    public static final List<String> COLUMNS = List.of(ResultTable.ID, "type", "name", "document", "documentTitle",
            "documentId", "documentFile", "issuer", "area", "province", "level", "section", "no", "leadUnits", "coordinatingUnits",
            "deadline", "deadlineStart", "deadlineEnd", "completed", "target", "unitOfMeasure", "horizonYear", "link",
            "planId", "areaId", "provinceId");

    private final ResultTable.Builder table;
    private final String pageBase;
    private final int extra;

    /**
     * @param pageBase     the absolute URL of the service's root, e.g. {@code http://localhost:8080}: links point to
     *                     its {@code entity.html?id=…}
     * @param extraColumns further columns, filled by {@link #add}'s {@code extraValues}
     */
    public EntityRows(String pageBase, String... extraColumns) {
        List<String> columns = new ArrayList<>(COLUMNS);
        columns.addAll(Arrays.asList(extraColumns));
        this.table = ResultTable.builder(columns.toArray(String[]::new))
                .type(ResultTable.CellType.DATE, "deadlineStart", "deadlineEnd")
                .type(ResultTable.CellType.BOOLEAN, "completed")
                .type(ResultTable.CellType.NUMBER, "horizonYear")
                .type(ResultTable.CellType.LINK, "link")
                .type(ResultTable.CellType.IRI, "documentId", "planId", "areaId", "provinceId");
        this.pageBase = pageBase.replaceAll("/+$", "");
        this.extra = extraColumns.length;
    }

    /** Types one of the extra columns. */
    public EntityRows type(ResultTable.CellType type, String column) {
        table.type(type, column);
        return this;
    }

    /** Adds the entity's row; {@code extraValues} fill the extra columns in order. */
    public EntityRows add(IndexedEntity e, Object... extraValues) {
        if (extraValues.length != extra)
            throw new IllegalArgumentException(extraValues.length + " extra values for " + extra + " extra columns");
        DocumentRef d = e.document();
        List<Object> values = new ArrayList<>(List.of(e.id(), e.type().label(), e.name()));
        values.addAll(Arrays.asList(
                d == null ? null : d.citation(), d == null ? null : d.title(), d == null ? null : d.id(),
                d == null ? null : d.file(), e.issuer(), e.area(), e.province(), e.level(), e.section(), e.no(),
                names(e.units()), names(e.coordinating()), e.deadline(), e.deadlineStart(), e.deadlineEnd(),
                e.completed(), e.target(), e.unitOfMeasure(), e.horizonYear(), link(e.id()),
                d == null ? null : d.planId(), e.areaId(), e.provinceId()));
        values.addAll(Arrays.asList(extraValues));
        table.row(values.toArray());
        return this;
    }

    public ResultTable build() {
        return table.build();
    }

    /** The entity's page on this service. */
    public String link(String iri) {
        return pageBase + "/entity.html?id=" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    private static String names(List<IndexedEntity.UnitRef> units) {
        return units.isEmpty() ? null : String.join("; ", units.stream().map(IndexedEntity.UnitRef::name).toList());
    }
}
