package vn.nq57.service.sparql;

/**
 * A {@code default-graph-uri} or {@code named-graph-uri} that is not an absolute IRI: the message names the parameter
 * and the value, {@link #vietnamese()} says the same in Vietnamese.
 */
final class BadGraphIriException extends IllegalArgumentException {
    private final String parameter;
    private final String vietnamese;

    BadGraphIriException(String parameter, String message, String vietnamese) {
        super(message);
        this.parameter = parameter;
        this.vietnamese = vietnamese;
    }

    /** {@code default-graph-uri} or {@code named-graph-uri}. */
    String parameter() {
        return parameter;
    }

    String vietnamese() {
        return vietnamese;
    }
}
