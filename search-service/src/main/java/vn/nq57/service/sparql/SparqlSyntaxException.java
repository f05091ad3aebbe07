package vn.nq57.service.sparql;

/** The query text does not parse; line and column are 1-based, as the parser reports them. */
public class SparqlSyntaxException extends RuntimeException {
    private final int line;
    private final int column;

    public SparqlSyntaxException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
