package vn.nq57.loader.reference;

import vn.nq57.loader.read.LineSpan;

import java.time.LocalDate;
import java.util.List;

/**
 * One upstream document a text refers to.
 *
 * @param number      the cited number
 * @param kind        what the sentence calls it ("Kế hoạch số …" → PLAN), else what the number's code says
 * @param date        its date when the sentence gives one
 * @param issuer      its issuer resolved to a full name ("UBND tỉnh Đồng Nai"), or null when unstated
 * @param issuerLevel central / ministry / province / district / commune, or null when unknown
 * @param relation    how the citing document refers to it
 * @param span        the lines of the sentence that cites it
 * @param quote       that sentence, verbatim
 * @param basis       what the sentence says this document itself rests on ("92/KH-UBND … triển khai thực hiện
 *                    Nghị quyết số 71/NQ-CP"): references from {@code number} onwards, same span and quote
 * @param lineage     the sentence is a basis or implementation statement of the citing text ("Căn cứ …", "Thực hiện …"
 *                    in the title or preamble, an item of a basis list) or the citing document's own header: only such
 *                    statements make lineage ({@code nq:derivesFrom}); a mention elsewhere is a citation
 * @param impossibleDate the date printed with it when it is later than the citing document's own (a typo): kept out of
 *                    {@code date}, so it does not make the cited document one of another year; else null
 * @param joinedFrom  the number as printed when its ordinal was printed in two groups of digits ("số 313 1/QĐĐ-BTP",
 *                    a scan's space inside "3131"), read as one ordinal; else null
 */
public record Reference(DocumentNumber number, DocumentKind kind, LocalDate date, String issuer, String issuerLevel,
                        Relation relation, LineSpan span, String quote, List<Reference> basis, boolean lineage,
                        LocalDate impossibleDate, String joinedFrom) {
    public Reference {
        basis = List.copyOf(basis);
    }

    public String key() { return number.key(); }
}
