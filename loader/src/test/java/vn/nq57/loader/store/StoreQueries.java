package vn.nq57.loader.store;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;

import java.util.ArrayList;
import java.util.List;

/** SPARQL over a test's store, read in a transaction of its own. */
public final class StoreQueries {
    private StoreQueries() {}

    /** The first variable of every row of {@code query}: a literal's lexical form, else the node as text (an IRI). */
    public static List<String> firstColumn(GraphStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    var n = rs.next().get(rs.getResultVars().getFirst());
                    out.add(n.isLiteral() ? n.asLiteral().getString() : n.toString());
                }
            }
            return out;
        });
    }
}
