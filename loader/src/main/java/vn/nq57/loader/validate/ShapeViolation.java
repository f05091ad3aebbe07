package vn.nq57.loader.validate;

/**
 * One SHACL result: its severity (the local name of sh:Violation, sh:Warning or sh:Info), the node at fault, the
 * path, and the shape's message.
 */
public record ShapeViolation(String severity, String focusNode, String path, String message) {
    /** The severity of a result that makes a load refused. */
    public static final String VIOLATION = "Violation";

    @Override
    public String toString() {
        return severity + " " + focusNode + (path == null ? "" : " " + path) + ": " + message;
    }
}
