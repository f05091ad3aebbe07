package vn.nq57.service.search;

import vn.nq57.search.index.DocumentRef;
import vn.nq57.search.index.IndexedEntity;
import vn.nq57.search.index.SearchResults;
import vn.nq57.service.entity.TermLabels;

import java.util.List;

/** The answer of {@code /api/indicators/compare}: matching indicators with their targets, best match first. */
record IndicatorComparison(String query, long total, List<Row> indicators) {

    /** One indicator; {@code documentKind} the labels of its document's kind (see {@link SearchResponse.Result}). */
    record Row(String id, String name, DocumentRef document, TermLabels.Label documentKind, String area,
               String province, String level, String target, String unitOfMeasure, Integer horizonYear, String unit,
               float score) {}

    static IndicatorComparison of(String query, SearchResults results) {
        return new IndicatorComparison(query, results.total(), results.hits().stream().map(h -> {
            IndexedEntity e = h.entity();
            String unit = e.units().isEmpty() ? null : e.units().getFirst().name();
            return new Row(e.id(), e.name(), e.document(), SearchResponse.kindOf(e.document()), e.area(), e.province(), e.level(), e.target(),
                    e.unitOfMeasure(), e.horizonYear(), unit, h.score());
        }).toList());
    }
}
