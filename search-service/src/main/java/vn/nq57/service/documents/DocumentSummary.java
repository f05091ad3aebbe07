package vn.nq57.service.documents;

import vn.nq57.loader.report.DocumentReport;
import vn.nq57.service.entity.TermLabels.Label;

/**
 * One loaded document as {@code GET /api/documents} lists it.
 *
 * @param id         the id in {@code /api/documents/{id}}: the local name of the document's named graph
 * @param graph      the named graph holding everything read from the file
 * @param file       the source file's name
 * @param document   the document's IRI (the id of its page, {@code entity.html?id=})
 * @param number     its number (e.g. "92/KH-UBND"), or null when it has none (a draft's blank "/KH-UBND" is no number)
 * @param title      its title, or null
 * @param kind       the labels of its kind ("kế hoạch", "phụ lục"), or null when the text states none
 * @param partOf     for an appendix, the document it is part of (whose number names it: "Phụ lục · 130/KH-UBND"); else
 *                   null
 * @param tasks      tasks read from it
 * @param indicators indicators read from it
 * @param report     the loader's report, kept for documents added through the API; null for those of the first start
 */
public record DocumentSummary(String id, String graph, String file, String document, String number, String title,
                              Label kind, PartOf partOf, int tasks, int indicators, DocumentReport report) {

    /** The document an appendix is part of: its IRI and its number (null when it has none). */
    public record PartOf(String id, String number) {}
}
