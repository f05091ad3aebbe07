package vn.nq57.service.sparql;

import org.apache.jena.query.Query;

/**
 * A parsed, read-only query ready to run: the dataset the protocol asked for is folded into it and the
 * service's row cap applied.
 *
 * @param query   what will be executed (a copy when the request changed it)
 * @param kind    what it returns
 * @param rowCap  the most rows the service writes, or {@code -1} when the query's own LIMIT was kept (the query
 *                then runs with LIMIT rowCap + 1, so one extra row tells that the cap cut the results)
 */
public record PreparedQuery(Query query, ResultKind kind, long rowCap) {

    public boolean capped() {
        return rowCap >= 0;
    }
}
