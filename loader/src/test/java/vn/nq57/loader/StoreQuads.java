package vn.nq57.loader;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import vn.nq57.loader.store.GraphStore;

import java.util.Set;
import java.util.TreeSet;

/** Quads as comparable strings, for tests that compare what two load paths stored. */
final class StoreQuads {
    private StoreQuads() {}

    /** Every quad of {@code store}'s named graphs (not its own record in the default graph), one string each (graph, subject, predicate, object), sorted. */
    static Set<String> of(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> out = new TreeSet<>();
            store.dataset().asDatasetGraph().findNG(null, null, null, null).forEachRemaining(q -> out.add(key(q)));
            return out;
        });
    }

    /** One quad as a string; documents' graphs hold no blank nodes, so one found is a failure. */
    static String key(Quad q) {
        return str(q.getGraph()) + " " + str(q.getSubject()) + " " + str(q.getPredicate()) + " " + str(q.getObject());
    }

    private static String str(Node n) {
        if (n.isBlank()) throw new AssertionError("a blank node in a document graph: " + n);
        return n.toString();
    }
}
