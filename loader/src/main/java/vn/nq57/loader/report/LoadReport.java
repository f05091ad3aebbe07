package vn.nq57.loader.report;

import vn.nq57.loader.rows.Unparsed;
import vn.nq57.loader.validate.ShapeViolation;

import java.util.List;

/**
 * The report of one load run: per document what was extracted, then the SHACL validation of the whole graph.
 *
 * @param violations every SHACL result, of any severity ({@link ShapeViolation#severity()}: Violation, Warning, Info)
 */
public record LoadReport(List<DocumentReport> documents, List<ShapeViolation> violations) {
    public LoadReport {
        documents = documents == null ? List.of() : documents;
        violations = violations == null ? List.of() : violations;
    }

    /**
     * Whether no SHACL result has severity Violation (SHACL §2.1.5: a shape's severity says how grave its results
     * are). Warnings (a document without its header, files disagreeing on a date) are reported, never refused: the
     * command line ({@code --strict}) and the upload both refuse on this, so they accept the same documents.
     */
    public boolean conforms() { return errors().isEmpty(); }

    /** The results of severity Violation: what makes a load refused. */
    public List<ShapeViolation> errors() {
        return violations.stream().filter(v -> ShapeViolation.VIOLATION.equals(v.severity())).toList();
    }

    public int tasks() { return documents.stream().mapToInt(DocumentReport::tasks).sum(); }

    public int indicators() { return documents.stream().mapToInt(DocumentReport::indicators).sum(); }

    /** Plain-text form for the command line. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        for (DocumentReport d : documents) {
            b.append(d.file()).append('\n')
             .append("  document    ").append(d.kind()).append(' ')
             .append(d.number() == null ? "(no number)" : d.number())
             .append(d.issuer() == null ? "" : " — " + d.issuer()).append('\n')
             .append("  iri         ").append(d.documentIri()).append('\n')
             .append("  rows seen   ").append(d.rowsSeen()).append('\n')
             .append("  tasks       ").append(d.tasks()).append('\n')
             .append("  indicators  ").append(d.indicators()).append('\n')
             .append("  references  ").append(d.references()).append('\n');
            for (String c : d.checks()) b.append("  CHECK       ").append(c).append('\n');
            for (CountMismatch m : d.countMismatches()) b.append("  COUNT       ").append(m).append('\n');
            for (Unparsed u : d.notUnderstood()) {
                b.append("  NOT UNDERSTOOD line ").append(u.line())
                 .append(u.where() == null || u.where().equals("dòng " + u.line()) ? "" : " [" + u.where() + "]")
                 .append(" (").append(u.reason()).append("): ")
                 .append(abbreviate(u.text())).append('\n');
            }
        }
        b.append("total: ").append(documents.size()).append(" documents, ").append(tasks()).append(" tasks, ")
         .append(indicators()).append(" indicators\n");
        int warnings = violations.size() - errors().size();
        if (conforms()) {
            b.append("SHACL: conforms").append(warnings == 0 ? "" : " (" + warnings + " warnings)").append('\n');
        } else {
            b.append("SHACL: ").append(errors().size()).append(" violations")
             .append(warnings == 0 ? "" : ", " + warnings + " warnings").append('\n');
        }
        violations.forEach(v -> b.append("  ").append(v).append('\n'));
        return b.toString();
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 100 ? one : one.substring(0, 99) + "…";
    }
}
