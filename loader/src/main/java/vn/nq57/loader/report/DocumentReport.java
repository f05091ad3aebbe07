package vn.nq57.loader.report;

import vn.nq57.loader.rows.Unparsed;

import java.util.List;

/**
 * What the loader made of one source file.
 *
 * @param checks what a person should check in this document: header fields not found or not understood (number, date,
 *               issuer, kind), a number taken from a website's rows, a document with no stated upstream; one sentence each
 */
public record DocumentReport(String file, String documentIri, String kind, String number, String issuer,
                             int rowsSeen, int tasks, int indicators, int references,
                             List<CountMismatch> countMismatches, List<Unparsed> notUnderstood, List<String> checks) {
    public DocumentReport {
        // absent lists are empty: a report read back from the service's JSON may leave them out
        countMismatches = countMismatches == null ? List.of() : List.copyOf(countMismatches);
        notUnderstood = notUnderstood == null ? List.of() : List.copyOf(notUnderstood);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }
}
