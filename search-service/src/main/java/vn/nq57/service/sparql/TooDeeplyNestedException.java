package vn.nq57.service.sparql;

/** The query text nests brackets deeper than the endpoint evaluates ({@link QueryGuard#MAX_NESTING}). */
public class TooDeeplyNestedException extends RuntimeException {
    private final int limit;
    private final int line;

    public TooDeeplyNestedException(int limit, int line) {
        super("the query nests brackets more than " + limit + " deep (passed on line " + line + ")");
        this.limit = limit;
        this.line = line;
    }

    public int limit() {
        return limit;
    }

    public int line() {
        return line;
    }
}
