package vn.nq57.service.sparql;

/** The query text does not parse; line and column are 1-based, as the parser reports them. */
public class SparqlSyntaxException extends RuntimeException {
    private final int line;
    private final int column;
    private final String near;

    /**
     * @param message the parser's message (English)
     * @param line    1-based line of the error, or 0 when unknown
     * @param column  1-based column of the error, or 0 when unknown
     * @param near    the query's own text from that position on, shortened; empty at the end of a line or the query
     */
    public SparqlSyntaxException(String message, int line, int column, String near, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
        this.near = near;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The query's text where the parser stopped (shortened), empty at the end of a line or of the query. */
    public String near() {
        return near;
    }
}
