package vn.nq57.service.sparql;

import org.apache.jena.query.QueryBuildException;

/**
 * A function of a query (a property function such as {@code nq:search}) given an argument it cannot use, said in
 * English (the message) and in Vietnamese ({@link #vietnamese()}). The endpoint answers it as a 400 about the
 * parameter {@code query}. A {@link QueryBuildException}, as the engine's own refusals of a query are.
 */
public class QueryArgumentException extends QueryBuildException {
    private final String vietnamese;

    /**
     * @param message    what is wrong, in English, naming the function
     * @param vietnamese the same in Vietnamese
     */
    public QueryArgumentException(String message, String vietnamese) {
        super(message);
        this.vietnamese = vietnamese;
    }

    /** The message in Vietnamese. */
    public String vietnamese() {
        return vietnamese;
    }
}
