package vn.nq57.service.sparql;

/**
 * The query parsed but the engine refused to evaluate it as asked, e.g. a property function such as {@code nq:search}
 * given an argument it cannot use. The client's to fix, so a 400, not a server error.
 */
public class QueryEvaluationException extends RuntimeException {
    private final String vietnamese;

    /**
     * @param message    the engine's reason, in English
     * @param vietnamese the same in Vietnamese when the function that refused said it ({@link QueryArgumentException}),
     *                   else null: the engine's own messages are English only
     */
    public QueryEvaluationException(String message, String vietnamese, Throwable cause) {
        super(message, cause);
        this.vietnamese = vietnamese;
    }

    /** The reason in Vietnamese, or null when only the engine's English message is known. */
    public String vietnamese() {
        return vietnamese;
    }
}
