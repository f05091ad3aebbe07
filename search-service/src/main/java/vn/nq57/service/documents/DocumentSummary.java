package vn.nq57.service.documents;

import vn.nq57.loader.report.DocumentReport;

/**
 * One loaded document as {@code GET /api/documents} lists it.
 *
 * @param id         the id in {@code /api/documents/{id}}: the local name of the document's named graph
 * @param graph      the named graph holding everything read from the file
 * @param file       the source file's name
 * @param document   the document's IRI (the id of its page, {@code entity.html?id=})
 * @param number     its number (e.g. "92/KH-UBND"), or null when it has none (a draft's blank "/KH-UBND" is no number)
 * @param title      its title, or null
 * @param tasks      tasks read from it
 * @param indicators indicators read from it
 * @param report     the loader's report, kept for documents added through the API; null for those of the first start
 */
public record DocumentSummary(String id, String graph, String file, String document, String number, String title,
                              int tasks, int indicators, DocumentReport report) {}
