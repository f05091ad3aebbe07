package vn.nq57.loader.validate;

/** One SHACL result: the node at fault, the path, and the shape's message. */
public record ShapeViolation(String severity, String focusNode, String path, String message) {
    @Override
    public String toString() {
        return severity + " " + focusNode + (path == null ? "" : " " + path) + ": " + message;
    }
}
