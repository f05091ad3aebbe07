package vn.nq57.loader.report;

import vn.nq57.loader.rows.Unparsed;

import java.util.List;

/** What the loader made of one source file. */
public record DocumentReport(String file, String documentIri, String kind, String number, String issuer,
                             int rowsSeen, int tasks, int indicators, int references,
                             List<CountMismatch> countMismatches, List<Unparsed> notUnderstood) {}
