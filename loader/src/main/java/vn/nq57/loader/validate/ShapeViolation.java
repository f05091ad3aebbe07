package vn.nq57.loader.validate;

/**
 * One SHACL result: its severity (the local name of sh:Violation, sh:Warning or sh:Info), the node at fault, the
 * path, and the shape's message: {@code message} as Jena reports it (one of the shape's messages, whichever language
 * it picked), {@code messageVi} and {@code messageEn} the shape's {@code sh:message} tagged {@code @vi} and
 * {@code @en} (null when the shape gives none in that language), so that a page says it in the reader's language.
 */
public record ShapeViolation(String severity, String focusNode, String path, String message, String messageVi,
                             String messageEn) {
    /** The severity of a result that makes a load refused. */
    public static final String VIOLATION = "Violation";

    /** A result whose shape has one message of no known language. */
    public ShapeViolation(String severity, String focusNode, String path, String message) {
        this(severity, focusNode, path, message, null, null);
    }

    @Override
    public String toString() {
        return severity + " " + focusNode + (path == null ? "" : " " + path) + ": " + message;
    }
}
