package vn.nq57.service.sparql;

/**
 * The query parsed but the engine refused to evaluate it as asked, e.g. a property function such as {@code nq:search}
 * given an argument it cannot use. The client's to fix, so a 400, not a server error.
 */
public class QueryEvaluationException extends RuntimeException {
    public QueryEvaluationException(String message, Throwable cause) {
        super(message, cause);
    }
}
