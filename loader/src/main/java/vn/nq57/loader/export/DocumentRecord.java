package vn.nq57.loader.export;

import java.util.List;

/**
 * One source document in the JSON Lines export ({@code "type": "Document"}), before its tasks and indicators.
 *
 * @param id         the document IRI
 * @param file       the source file name
 * @param number     the number as the graph writes it ("92/KH-UBND"); null when left blank (a draft)
 * @param kind       the kind code ("KH", "NQ", "CV"); null when the document states none
 * @param date       "2025-09-15", or "2022-03" when the day is left blank, or "2026" when only the year is printed
 * @param issuer     the issuing body as written ("UBND xã Tân Lợi")
 * @param area       where the issuer sits
 * @param title      the subject lines, markup removed
 * @param draft      the number or date is left blank, or the heading says "DỰ THẢO"
 * @param references every reference the file states, in line order
 */
public record DocumentRecord(String type, String id, String file, String number, String kind, String date, String issuer,
                             Area area, String title, boolean draft, List<Ref> references) {

    /** @param name "Tân Lợi"'s area label; @param level central, ministry, province, district, commune; @param province its province */
    public record Area(String name, String level, String province) {}

    /**
     * One reference: the cited document and how the file relates to it.
     *
     * @param relation based_on, applies, cites, replaces or amends
     * @param target   the cited document's IRI
     * @param quote    the sentence that states it, verbatim
     * @param line     its first line in the file
     * @param from     the document the sentence speaks of, when it is not this one ("92/KH-UBND … triển khai thực hiện
     *                 Nghị quyết số 71/NQ-CP": 92/KH-UBND applies 71/NQ-CP); null for this document's own references
     */
    public record Ref(String number, String kind, String issuer, String date, String relation, String target,
                      String quote, int line, String from) {}
}
