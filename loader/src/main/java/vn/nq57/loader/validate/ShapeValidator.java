package vn.nq57.loader.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import vn.nq57.ontology.Ontology;

import java.util.List;

/** Runs the ontology's SHACL shapes over a loaded graph. */
public final class ShapeValidator {
    private final Shapes shapes;

    public ShapeValidator() {
        this(Ontology.shapes());
    }

    public ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** Every violation of the shapes in {@code data}. Safe to call from several threads at once. */
    public List<ShapeViolation> validate(Graph data) {
        return validate(data, node -> true);
    }

    /** The violations in {@code data} whose focus node {@code focus} accepts (the others are dropped). */
    public List<ShapeViolation> validate(Graph data, java.util.function.Predicate<org.apache.jena.graph.Node> focus) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        return report.getEntries().stream().filter(e -> focus.test(e.focusNode())).map(ShapeValidator::violation).toList();
    }

    private static ShapeViolation violation(ReportEntry e) {
        String focus = e.focusNode().isURI() ? e.focusNode().getURI() : e.focusNode().toString();
        String path = e.resultPath() == null ? null : e.resultPath().toString();
        return new ShapeViolation(e.severity().level().getLocalName(), focus, path, e.message(),
                message(e, "vi"), message(e, "en"));
    }

    /** The result's {@code sh:message} in {@code language}, or null when its shape gives none in it. */
    private static String message(ReportEntry e, String language) {
        return e.messages().stream()
                .filter(m -> m.isLiteral() && m.getLiteralLanguage().equalsIgnoreCase(language))
                .map(org.apache.jena.graph.Node::getLiteralLexicalForm)
                .findFirst().orElse(null);
    }
}
