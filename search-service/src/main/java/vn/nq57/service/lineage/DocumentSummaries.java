package vn.nq57.service.lineage;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import vn.nq57.service.lineage.LineageUp.Edge;
import vn.nq57.service.lineage.LineageUp.Top;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an upward walk reads of the documents it passes, kept for one state of the store: each document's summary
 * ({@link LineageUp.Node}), its direct steps up, the edge (with its quote) of each step, and the {@link Top} of each
 * document a path ends at. A widely cited document (57-NQ/TW, a province plan) repeats its stub statements in every
 * citing document's graph, so reading its summary from the union graph costs one quad per citing graph; kept here, it
 * is read once per store state, and a walk costs what its paths cost.
 *
 * <p>Filled as walks need it (a value read in a transaction of the state it is kept for is the same whoever reads
 * it, so concurrent walks may race to put the same value). The caller keys it by {@link StoreVersion}; a store that
 * does not count its writes gets a fresh one per request. Its size is bounded by the number of documents.
 */
final class DocumentSummaries {
    /** One direct step up from a document: the ELI relation and the node it leads to. */
    record Step(Property relation, Node to) {}

    private record EdgeKey(Node from, Property relation, Node to) {}

    final Map<Node, LineageUp.Node> nodes = new ConcurrentHashMap<>();
    final Map<Node, List<Step>> steps = new ConcurrentHashMap<>();
    private final Map<EdgeKey, Edge> edges = new ConcurrentHashMap<>();
    final Map<Node, Top> tops = new ConcurrentHashMap<>();

    Edge edge(Node from, Step step, java.util.function.Supplier<Edge> read) {
        EdgeKey key = new EdgeKey(from, step.relation(), step.to());
        Edge edge = edges.get(key);
        if (edge == null) {
            edge = read.get();
            edges.put(key, edge);
        }
        return edge;
    }
}
