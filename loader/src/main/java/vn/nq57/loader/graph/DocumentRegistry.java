package vn.nq57.loader.graph;

import vn.nq57.loader.reference.DocumentNumber;
import vn.nq57.ontology.Iris;

import java.util.HashMap;
import java.util.Map;

/**
 * Mints document IRIs for one load run. A document is number + issuing scope + year; a citation that omits the date
 * ("Nghị quyết số 57-NQ/TW của Bộ Chính trị") is resolved to the year another citation of the same number gives, and
 * every way of printing one number (03/NQ-CP, 03-NQ/CP, 3/NQ-CP) is written the way the document itself prints it
 * when it is loaded, else as it is first met (kept in a {@link Spellings} book) — so a stub and the full text are one
 * IRI with one eli:number. Filled by the first pass of a run ({@code remember…}); read-only while graphs are built.
 */
final class DocumentRegistry {
    private final Map<String, Integer> yearByKey = new HashMap<>();
    private final Map<String, String> ownSpelling = new HashMap<>();

    /** Records how a loaded document prints its own number: that spelling wins over every citation's. */
    void rememberOwn(DocumentNumber number, Scope scope) {
        if (number == null || number.blank()) return;
        ownSpelling.putIfAbsent(key(number, scope), number.canonical());
    }

    /**
     * The number as it is written for this document in the graph: the loaded document's own spelling, else the one
     * {@code book} met first. Only {@code book} changes, so builds on several threads may share this registry.
     */
    String spelling(Spellings book, DocumentNumber number, Scope scope) {
        if (number.blank()) return number.canonical();
        String k = key(number, scope);
        String own = ownSpelling.get(k);
        return own != null ? own : book.first(k, number.canonical());
    }

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

    String iri(Spellings book, DocumentNumber number, Scope scope, Integer statedYear) {
        Integer year = yearOf(number, scope, statedYear);
        return Iris.document(scope.key(), year == null ? null : year.toString(), spelling(book, number, scope));
    }

    private static String key(DocumentNumber number, Scope scope) {
        return scope.key() + "|" + number.key();
    }
}
