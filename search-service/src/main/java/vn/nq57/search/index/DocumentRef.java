package vn.nq57.search.index;

/**
 * The document an entity belongs to, as shown beside a result: its IRI, number ("92/KH-UBND", or the raw "/KH-UBND"
 * of a draft), title, source file (null for a document only cited), issuer and level, and a short {@code label} that
 * tells documents apart even without a number ("/KH-UBND · UBND xã Tân Lợi", "Phụ lục · 130/KH-UBND").
 */
public record DocumentRef(String id, String number, String title, String file, String issuer, String level,
    String label) {}
