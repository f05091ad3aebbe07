package vn.nq57.loader.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import vn.nq57.ontology.NQ;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the store holds, graph by graph, in the few lines that tell one state of the store from another: for every
 * named graph with quads {@code "<graph> <size>"} and {@code "<subject> <checksum>"} for each source file's SHA-256 in
 * it, and {@code "default <size>"} for the default graph (our own records left out). The inferred alignment graph
 * ({@link NQ#ALIGNMENT_GRAPH}) is left out: it is recomputed from the documents and nothing is built from it.
 *
 * <p>Counting them costs a scan of every graph, O(quads): 3.2 s at national size (7 M quads). So every writer of ours
 * (the loader's transactional and bulk loads, the service's uploads) also <em>records</em> them in the store itself,
 * in the same write transaction as its change ({@link #update}): one quad per graph in the store's own default graph,
 * which the queries never see (the store is queried with the union of the named graphs as default graph). Reading
 * them back ({@link #recorded}) costs one quad per graph. Store and record commit or abort together, so no crash
 * between writes can leave them disagreeing. A store whose record is missing (written by an older build) is counted
 * in full, and the record written then.
 *
 * <p>What the record cannot see: a write made by a tool that does not record (Jena's own {@code tdb2.tdbupdate}, an
 * older build of ours) after the store was recorded.
 */
public final class StoreContents {
    /** Namespace of the record's own terms; not ontology terms, never in a document graph. */
    static final String RECORD = "urn:nq57:store-contents#";
    /** Predicate: the lines of the graph named by the subject (one literal, lines joined by a newline). */
    static final Node LINES = NodeFactory.createURI(RECORD + "lines");
    /** Predicate of the marker that the record is complete, with its layout version as object. */
    static final Node FORMAT = NodeFactory.createURI(RECORD + "format");
    /** Subject of the marker. */
    static final Node STORE = NodeFactory.createURI(RECORD + "store");
    /** Subject standing for the default graph in the record. */
    static final Node DEFAULT_GRAPH = NodeFactory.createURI(RECORD + "default-graph");
    /** Bump when the lines change meaning: every record is then counted again. */
    static final String LAYOUT = "1";
    /** The key of the default graph's lines. */
    private static final String DEFAULT = "";

    /** Graph IRI (or {@link #DEFAULT}) → its lines; a named graph without quads has no entry. */
    private final Map<String, List<String>> lines;

    private StoreContents(Map<String, List<String>> lines) {
        this.lines = Collections.unmodifiableMap(lines);
    }

    /** Counts every graph of {@code dsg} (call inside a transaction on it): O(quads in the store). */
    public static StoreContents count(DatasetGraph dsg) {
        Map<String, List<String>> lines = new HashMap<>();
        lines.put(DEFAULT, graphLines(dsg, Quad.defaultGraphIRI));
        dsg.listGraphNodes().forEachRemaining(g -> {
            List<String> own = graphLines(dsg, g);
            if (!own.isEmpty()) lines.put(key(g), own);
        });
        return new StoreContents(lines);
    }

    /**
     * The contents recorded in {@code dsg} (call inside a transaction on it): one quad read per graph. Empty when the
     * store holds no complete record (written by an older build, or never written).
     */
    public static Optional<StoreContents> recorded(DatasetGraph dsg) {
        if (!dsg.contains(Quad.defaultGraphIRI, STORE, FORMAT, NodeFactory.createLiteralString(LAYOUT))) {
            return Optional.empty();
        }
        Map<String, List<String>> lines = new HashMap<>();
        dsg.find(Quad.defaultGraphIRI, Node.ANY, LINES, Node.ANY).forEachRemaining(q -> {
            String key = q.getSubject().equals(DEFAULT_GRAPH) ? DEFAULT : q.getSubject().getURI();
            lines.put(key, List.of(q.getObject().getLiteralLexicalForm().split("\n")));
        });
        if (!lines.containsKey(DEFAULT)) return Optional.empty();
        return Optional.of(new StoreContents(lines));
    }

    /**
     * Records what {@code dsg} holds after a change of the named graphs {@code graphs} (IRIs: every graph the change
     * wrote or emptied). Call inside the change's write transaction, after the change and before the commit. When the
     * store is recorded, only these graphs are counted again (the change's cost, not the store's); otherwise the
     * whole store is counted and recorded.
     *
     * @return the contents now recorded, equal to {@link #count} of the store as it will be committed
     */
    public static StoreContents update(DatasetGraph dsg, Collection<String> graphs) {
        Optional<StoreContents> before = recorded(dsg);
        if (before.isEmpty()) return recordAll(dsg);
        StoreContents after = before.get().withGraphs(dsg, graphs);
        for (String iri : graphs) {
            Node g = NodeFactory.createURI(iri);
            dsg.deleteAny(Quad.defaultGraphIRI, g, LINES, Node.ANY);
            List<String> own = after.lines.get(iri);
            if (own != null) dsg.add(Quad.defaultGraphIRI, g, LINES, literal(own));
        }
        return after;
    }

    /**
     * Counts the whole store and records it, replacing any record there was. Call inside a write transaction on
     * {@code dsg}: O(quads in the store).
     */
    public static StoreContents recordAll(DatasetGraph dsg) {
        StoreContents counted = count(dsg);
        dsg.deleteAny(Quad.defaultGraphIRI, Node.ANY, LINES, Node.ANY);
        dsg.deleteAny(Quad.defaultGraphIRI, STORE, FORMAT, Node.ANY);
        counted.lines.forEach((key, own) -> dsg.add(Quad.defaultGraphIRI,
                key.equals(DEFAULT) ? DEFAULT_GRAPH : NodeFactory.createURI(key), LINES, literal(own)));
        dsg.add(Quad.defaultGraphIRI, STORE, FORMAT, NodeFactory.createLiteralString(LAYOUT));
        return counted;
    }

    /**
     * These contents with the named graphs {@code graphs} (IRIs) counted again in {@code dsg}, every other graph taken
     * as it was: equal to a full {@link #count} when only these graphs changed. Call inside a transaction on
     * {@code dsg}. This instance is left as it is.
     */
    public StoreContents withGraphs(DatasetGraph dsg, Collection<String> graphs) {
        Map<String, List<String>> next = new HashMap<>(lines);
        for (String iri : graphs) {
            Node g = NodeFactory.createURI(iri);
            List<String> own = graphLines(dsg, g);
            if (own.isEmpty()) next.remove(key(g));
            else next.put(key(g), own);
        }
        return new StoreContents(next);
    }

    /** Every line, graph after graph in no particular order (sort them for a digest). */
    public List<String> lines() {
        List<String> all = new ArrayList<>();
        lines.values().forEach(all::addAll);
        return all;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoreContents other && lines.equals(other.lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    @Override
    public String toString() {
        return lines.size() + " graphs";
    }

    private static Node literal(List<String> lines) {
        return NodeFactory.createLiteralString(String.join("\n", lines));
    }

    private static String key(Node g) {
        return Quad.isDefaultGraph(g) ? DEFAULT : g.getURI();
    }

    /**
     * What one graph contributes: {@code "<graph> <size>"} (for the default graph {@code "default <size>"}, always
     * there, the record's own quads not counted) and {@code "<subject> <checksum>"} for each source file's checksum in
     * it; nothing for the alignment graph, nor for a named graph without quads.
     */
    private static List<String> graphLines(DatasetGraph dsg, Node g) {
        List<String> out = new ArrayList<>();
        if (Quad.isDefaultGraph(g)) {
            long size = 0;
            for (var it = dsg.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                if (!isRecord(q)) size++;
            }
            out.add("default " + size);
        } else {
            if (!g.isURI() || g.getURI().equals(NQ.ALIGNMENT_GRAPH)) return out;
            long size = dsg.getGraph(g).size();
            if (size == 0) return out;
            out.add(g + " " + size);
        }
        dsg.find(g, Node.ANY, NQ.sha256.asNode(), Node.ANY)
                .forEachRemaining(q -> out.add(q.getSubject() + " " + q.getObject()));
        return out;
    }

    private static boolean isRecord(Quad q) {
        return q.getPredicate().isURI() && q.getPredicate().getURI().startsWith(RECORD);
    }
}
