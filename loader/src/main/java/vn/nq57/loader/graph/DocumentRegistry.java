package vn.nq57.loader.graph;

import vn.nq57.loader.reference.DocumentNumber;
import vn.nq57.ontology.Iris;

import java.util.HashMap;
import java.util.Map;

/**
 * Mints document IRIs for one load run. A document is number + issuing scope + year; a citation that omits the date
 * ("Nghị quyết số 57-NQ/TW của Bộ Chính trị") is resolved to the year another citation of the same number gives.
 */
final class DocumentRegistry {
    private final Map<String, Integer> yearByKey = new HashMap<>();

    /** Records a dated sighting, so undated ones of the same document resolve to it. */
    void remember(DocumentNumber number, Scope scope, Integer year) {
        if (number == null || number.blank() || year == null) return;
        yearByKey.putIfAbsent(key(number, scope), year);
    }

    Integer yearOf(DocumentNumber number, Scope scope, Integer statedYear) {
        if (number.year() != null) return Integer.valueOf(number.year());
        if (statedYear != null) return statedYear;
        return yearByKey.get(key(number, scope));
    }

    String iri(DocumentNumber number, Scope scope, Integer statedYear) {
        Integer year = yearOf(number, scope, statedYear);
        return Iris.document(scope.key(), year == null ? null : year.toString(), number.canonical());
    }

    private static String key(DocumentNumber number, Scope scope) {
        return scope.areaIri() + "|" + number.key();
    }
}
