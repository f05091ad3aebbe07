package vn.nq57.loader.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import vn.nq57.ontology.NQ;

import java.util.ArrayList;
import java.util.List;

/**
 * The resources that several documents' graphs describe: documents (a loaded one and its cited stubs elsewhere),
 * units, posts and areas. The shapes check each focus node against the statements about it (and the types of what it
 * points to), so a run is validated graph by graph for everything else — tasks, indicators, sections, citations,
 * deadlines, targets and source files live in one document's graph — and once, at the end, for these shared
 * resources on the small graph of what every document states about them ({@link #of}), where a second label or a
 * second area that only the union shows is seen.
 */
public final class SharedResources {
    private static final List<Node> TYPES = List.of(NQ.PolicyDocument.asNode(), NQ.Unit.asNode(),
            NQ.CollectiveUnit.asNode(), NQ.Post.asNode(), NQ.AdministrativeArea.asNode());

    private SharedResources() {}

    /** True when {@code data} types {@code node} as a resource several documents may describe. */
    public static boolean isShared(Graph data, Node node) {
        for (Node type : TYPES) if (data.contains(node, RDF.type.asNode(), type)) return true;
        return false;
    }

    /**
     * What {@code data} states about its shared resources: all their statements, and the types of the nodes they
     * point to (for {@code sh:class}). Added into {@code into}.
     */
    public static void of(Graph data, Graph into) {
        List<Node> subjects = new ArrayList<>();
        for (Node type : TYPES)
            data.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> subjects.add(t.getSubject()));
        for (Node s : subjects) {
            for (var it = data.find(s, Node.ANY, Node.ANY); it.hasNext(); ) {
                Triple t = it.next();
                into.add(t);
                Node o = t.getObject();
                if (!o.isLiteral()) data.find(o, RDF.type.asNode(), Node.ANY).forEachRemaining(into::add);
            }
        }
    }
}
