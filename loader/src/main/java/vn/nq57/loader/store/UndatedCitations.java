package vn.nq57.loader.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import vn.nq57.ontology.NQ;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document cited without its date ("Nghị quyết số 57-NQ/TW", no "ngày …") by a document loaded before the store knew
 * its year has an undated IRI ({@code id/doc/<issuer>/undated/<number>}, see {@code Iris.document}). Once the store
 * holds the same number of the same issuer under one year — the document itself loaded, or cited with its date by a
 * later document — the undated IRI names that document, and the two are made one: every statement about or pointing to
 * the undated IRI, in every graph, is moved to the dated one (the earlier document's citation then reaches what its
 * text names, and lineage through it is not cut). A number the store knows under several years (each year has its own
 * 92/KH-UBND of a province) stays undated: the text does not say which one it means.
 * <p>
 * Run inside the write transaction that adds a load, so the store is never seen with two identities of one document.
 */
public final class UndatedCitations {
    /** {@code <prefix>/doc/<issuer>/<year or "undated">/<number>}: documents only, never their parts. */
    private static final Pattern DOCUMENT = Pattern.compile("^(.*/doc/[^/]+)/([^/]+)/([^/]+)$");
    private static final String UNDATED = "undated";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private UndatedCitations() {}

    /**
     * What {@link #resolve} changed: each undated IRI and the dated IRI it became, and the named graphs (IRIs) whose
     * statements were rewritten.
     */
    public record Resolved(Map<String, String> iris, Set<String> graphs) {
        public boolean isEmpty() { return iris.isEmpty(); }
    }

    /**
     * Moves every undated document of {@code store} that now has exactly one dated counterpart (same issuer path and
     * number) onto it, graph by graph. A statement of the undated document whose property the dated one already has
     * in the same graph (its number, as spelled, or its kind) is dropped rather than doubled; what another graph
     * states never removes a graph's own statement (that graph may be removed later, and this one must still hold
     * what its text says). Must run in a write transaction on {@code store}. Gives what changed (nothing when no
     * undated document has a dated counterpart).
     */
    public static Resolved resolve(DatasetGraph store) {
        Map<String, String> targets = targets(store);
        Map<String, String> iris = new LinkedHashMap<>();
        Set<String> graphs = new LinkedHashSet<>();
        for (var e : targets.entrySet()) {
            Node undated = NodeFactory.createURI(e.getKey()), dated = NodeFactory.createURI(e.getValue());
            Map<Node, Set<Node>> datedProperties = new HashMap<>(); // by graph
            store.find(Node.ANY, dated, Node.ANY, Node.ANY).forEachRemaining(
                    q -> datedProperties.computeIfAbsent(q.getGraph(), g -> new HashSet<>()).add(q.getPredicate()));
            List<Quad> about = new ArrayList<>(), pointing = new ArrayList<>();
            store.find(Node.ANY, undated, Node.ANY, Node.ANY).forEachRemaining(about::add);
            store.find(Node.ANY, Node.ANY, Node.ANY, undated).forEachRemaining(pointing::add);
            for (Quad q : about) {
                store.delete(q);
                if (q.getPredicate().equals(RDF.type.asNode())
                        || !datedProperties.getOrDefault(q.getGraph(), Set.of()).contains(q.getPredicate()))
                    store.add(q.getGraph(), dated, q.getPredicate(), q.getObject().equals(undated) ? dated : q.getObject());
                if (q.getGraph().isURI()) graphs.add(q.getGraph().getURI());
            }
            for (Quad q : pointing) {
                if (q.getSubject().equals(undated)) continue;     // moved above
                store.delete(q);
                store.add(q.getGraph(), q.getSubject(), q.getPredicate(), dated);
                if (q.getGraph().isURI()) graphs.add(q.getGraph().getURI());
            }
            iris.put(e.getKey(), e.getValue());
        }
        return new Resolved(iris, graphs);
    }

    /** Undated document IRI → its one dated counterpart, for every undated document that has exactly one. */
    private static Map<String, String> targets(DatasetGraph store) {
        Map<String, Set<String>> datedByKey = new HashMap<>();
        Set<String> undated = new LinkedHashSet<>();
        store.find(Node.ANY, Node.ANY, RDF.type.asNode(), NQ.PolicyDocument.asNode()).forEachRemaining(q -> {
            if (!q.getSubject().isURI()) return;
            Matcher m = DOCUMENT.matcher(q.getSubject().getURI());
            if (!m.matches()) return;
            if (m.group(2).equals(UNDATED)) undated.add(q.getSubject().getURI());
            else if (YEAR.matcher(m.group(2)).matches())
                datedByKey.computeIfAbsent(m.group(1) + "/" + m.group(3), k -> new HashSet<>()).add(q.getSubject().getURI());
        });
        Map<String, String> out = new LinkedHashMap<>();
        for (String u : undated) {
            Matcher m = DOCUMENT.matcher(u);
            if (!m.matches()) continue;
            Set<String> dated = datedByKey.getOrDefault(m.group(1) + "/" + m.group(3), Set.of());
            if (dated.size() == 1) out.put(u, dated.iterator().next());
        }
        return out;
    }
}
