package vn.nq57.service.ui;

import vn.nq57.service.entity.Refs.DocumentRef;
import vn.nq57.service.entity.TermLabels.Label;

import java.util.List;

/**
 * What the home and indicator pages open with, the answer of {@code GET /api/home}, all read from the graph.
 *
 * @param latestDocuments the documents read from files, newest date of signature first (undated last)
 * @param topUnits        the units that lead the most tasks, as searches an officer might start with
 * @param comparisons     phrases shared by indicators of at least two documents, most documents first: each opens a
 *                        useful comparison on the indicator page
 */
public record HomePage(List<LatestDocument> latestDocuments, List<Phrase> topUnits, List<Phrase> comparisons) {

    /** @param date ISO date of signature, or null when the document states none */
    /** A document of the latest; {@code date} its day (2026-03-15), else its month (2026-03) or year (2026), or null. */
    public record LatestDocument(DocumentRef document, Label kind, String area, String date) {}

    /** A phrase to search for and how many documents (or tasks, for a unit) it finds. */
    public record Phrase(String text, int count) {}
}
