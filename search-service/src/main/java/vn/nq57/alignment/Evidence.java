package vn.nq57.alignment;

/**
 * One reason a candidate was proposed, for a reader to check.
 *
 * @param kind {@code phrase} (wording both share, as the upstream text writes it), {@code citation} (a document number
 *     both cite), {@code section} (the downstream section title that matches the upstream's group), {@code leadUnit}
 *     (both lead units' names), {@code measure} (unit and kind of target of two indicators)
 * @param text the shared phrase, number, title or names, verbatim
 */
public record Evidence(String kind, String text) {}
