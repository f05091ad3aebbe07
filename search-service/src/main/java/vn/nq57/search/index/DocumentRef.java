package vn.nq57.search.index;

/**
 * The document an entity belongs to, as shown beside a result: its IRI, number ("92/KH-UBND", or the raw "/KH-UBND"
 * of a draft), title, source file (null for a document only cited), issuer and level, and a short {@code label} that
 * tells documents apart even without a number ("/KH-UBND · UBND xã Tân Lợi", "Phụ lục · 130/KH-UBND").
 *
 * <p>{@code citation} is how a row of an export names its document, so that no row is without one: the number; for a
 * draft (no number yet) its kind and issuer as the pages name it ("Kế hoạch, UBND xã Tân Lợi (chưa có số)", {@link
 * DocumentNames}), its title being a column of its own; for an appendix its plan's citation
 * followed by "· Phụ lục" and the appendix's title. {@code planId} is the IRI of the whole document (an appendix's plan;
 * otherwise the document itself). An appendix without its own issuer or level carries its plan's. {@code kindClass} is
 * the IRI of the document's own kind, its class under {@code nq:PolicyDocument} ({@code nq:Plan}, {@code nq:Appendix};
 * null when the text states no kind), by which a page names a document without a number ("Kế hoạch, UBND xã Tân Lợi").
 */
public record DocumentRef(String id, String number, String title, String file, String issuer, String level,
    String label, String citation, String planId, String kindClass) {}
