package vn.nq57.loader.metadata;

import vn.nq57.loader.read.LineSpan;
import vn.nq57.loader.reference.DocumentNumber;

import java.time.LocalDate;

/**
 * What a document's header and title block say about it.
 *
 * @param kind        local name of the ontology class: "Plan", "Decision", "Appendix"…
 * @param kindCode    "KH", "QĐ"… from the number, else the kind's usual code (null for an appendix without one)
 * @param number      the number, possibly blank (draft); null when the document prints none
 * @param numberRaw   the number exactly as printed ("/KH-UBND", "877/QĐ-BTP"), or null
 * @param draft       the number or date is left blank, or the title says "DỰ THẢO"
 * @param date        the signing date when printed in full
 * @param year        the year, also when the day is blank
 * @param month       the month, also when the day is blank; null if unknown
 * @param issuer      full name: "UBND xã Tân Lợi", "UBND tỉnh Quảng Ngãi", "Bộ Tư pháp"
 * @param issuerLevel central, ministry, province, district or commune
 * @param title       the subject lines after the kind heading, markup removed
 * @param appendixOf  for an appendix: the document it is attached to
 * @param issues      for a decision that issues an attached document ("Ban hành kèm theo Quyết định này Kế hoạch …")
 * @param span        the header and title block
 * @param ownTextFrom 1-based line where the document's own text begins: its header's first line (a name, the motto,
 *                    the number, the date), else its first line. Lines above are a website's (its title line, its
 *                    ids), which re-state the document but are no part of it
 * @param checks      what a person should check: fields not found or not understood (a number taken from a website's
 *                    rows, a date that is not a calendar date, no kind stated), in English, one sentence each
 */
public record DocumentMetadata(String kind, String kindCode, DocumentNumber number, String numberRaw, boolean draft,
                               LocalDate date, Integer year, Integer month, String issuer, String issuerLevel,
                               Area area, String title, RelatedDocument appendixOf, RelatedDocument issues,
                               LineSpan span, int ownTextFrom, java.util.List<String> checks) {

    public DocumentMetadata {
        checks = checks == null ? java.util.List.of() : java.util.List.copyOf(checks);
    }
}
