package vn.nq57.service.sparql;

import java.time.Duration;

/** Jena cancelled the query when its time ran out. */
public class QueryTimeoutException extends RuntimeException {
    private final Duration timeout;

    public QueryTimeoutException(Duration timeout, Throwable cause) {
        super("Query cancelled after its timeout of " + timeout.toMillis() + " ms", cause);
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
