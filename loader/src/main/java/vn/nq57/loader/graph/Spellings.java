package vn.nq57.loader.graph;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How each cited number without a loaded document of its own is written ("03/NQ-CP" or "3/NQ-CP"): the way it is
 * first met. A run builds its documents in source order with one book, so the first document to cite a number fixes
 * its spelling for all. Documents built on other threads each start a book of their own; {@link #agreesWith} and
 * {@link #absorb} then replay them in source order, so the result is the one of a build in order.
 * Not thread-safe: one book per thread.
 */
public final class Spellings {
    private final Map<String, String> first = new LinkedHashMap<>();

    Spellings() {}

    /** The spelling for {@code key}: the one already met, else {@code canonical}, now met. */
    String first(String key, String canonical) {
        return first.computeIfAbsent(key, k -> canonical);
    }

    /**
     * True when a document built with {@code own} (an empty book at its start) wrote what it would have written with
     * this book: every number it met is unknown here or spelled here the same way.
     */
    public boolean agreesWith(Spellings own) {
        for (Map.Entry<String, String> e : own.first.entrySet()) {
            String here = first.get(e.getKey());
            if (here != null && !here.equals(e.getValue())) return false;
        }
        return true;
    }

    /** Records the spellings {@code own} met that this book does not know yet (after {@link #agreesWith} held). */
    public void absorb(Spellings own) {
        own.first.forEach(first::putIfAbsent);
    }
}
