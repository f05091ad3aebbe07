package vn.nq57.service.lineage;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import vn.nq57.ontology.NQ;
import vn.nq57.service.entity.EntityReader;
import vn.nq57.service.entity.Levels;
import vn.nq57.service.entity.Refs.DocumentRef;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The document lineage of one state of the store, held in memory: which node derives directly from which
 * ({@code nq:derivesFrom}, reversed), and for each document what a lineage-down lists of it: whether it is a
 * {@code nq:PolicyDocument}, and how many rows its tasks and indicators give. It is small next to the store (one entry
 * per document, thousands nationally, while the items are hundreds of thousands), so a request finds everything below
 * a document and every count in memory and reads from the store only the items of the page it returns.
 *
 * <p>The counts are those of the SPARQL the answer is defined by (see {@link LineageService}): one row per distinct (item, document, class, position), so an item with two positions counts twice and
 * one without a position once. Built from the union graph inside a read transaction; the caller keys it by
 * {@link StoreVersion} so it is used only for the state it was read from.
 */
final class DerivationView {
    /** Item classes a lineage-down lists besides documents, in API type order. */
    static final List<Node> ITEM_CLASSES = List.of(NQ.Task.asNode(), NQ.Indicator.asNode());

    /**
     * One document (or any node items are in), with what it contributes to a lineage-down.
     *
     * @param order      its place in the answer's order of documents: level from the top, number, IRI
     * @param policy     whether it is an {@code nq:PolicyDocument}, so it is listed itself when it derives from the root
     * @param tasks      rows of its tasks ({@code nq:inDocument} it, typed {@code nq:Task})
     * @param indicators rows of its indicators
     */
    record Document(Node node, DocumentRef ref, int order, boolean policy, int tasks, int indicators) {
        /** Rows of the given API type ({@code null}: all) it gives, listed itself when {@code derived}. */
        int rows(String type, boolean derived) {
            int n = 0;
            if (derived && policy && (type == null || type.equals(EntityReader.DOCUMENT))) n++;
            if (type == null || type.equals(NQ.Task.getLocalName())) n += tasks;
            if (type == null || type.equals(NQ.Indicator.getLocalName())) n += indicators;
            return n;
        }
    }

    /**
     * A document below the root of one request.
     *
     * @param derived whether it derives from the root ({@code nq:derivesFrom+}) and is not the root: then it is
     *                listed itself; the root is there only for its own tasks and indicators
     */
    record Below(Document document, boolean derived) {}

    private static final Comparator<DocumentRef> ORDER = Comparator
            .comparingInt((DocumentRef d) -> Levels.rank(d.level()))
            .thenComparing(d -> String.valueOf(d.number()))
            .thenComparing(DocumentRef::id, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Map<Node, List<Node>> derivedFrom;
    private final Map<Node, Document> documents;

    private DerivationView(Map<Node, List<Node>> derivedFrom, Map<Node, Document> documents) {
        this.derivedFrom = derivedFrom;
        this.documents = documents;
    }

    /**
     * Reads the view from {@code union}, the store's union model, inside a read transaction: a few scans of one
     * predicate each ({@code nq:derivesFrom}, {@code rdf:type}, {@code nq:position}, {@code nq:inDocument}) and, for
     * the summary of each document, those of {@link DocumentRefs}: no question per document.
     */
    static DerivationView read(Model union) {
        Graph graph = union.getGraph();
        Map<Node, List<Node>> derivedFrom = new HashMap<>();
        graph.find(Node.ANY, NQ.derivesFrom.asNode(), Node.ANY).forEachRemaining(t ->
                derivedFrom.computeIfAbsent(t.getObject(), k -> new ArrayList<>(2)).add(t.getSubject()));
        Set<Node> policy = subjects(graph, RDF.type.asNode(), NQ.PolicyDocument.asNode());
        Set<Node> tasks = subjects(graph, RDF.type.asNode(), NQ.Task.asNode());
        Set<Node> indicators = subjects(graph, RDF.type.asNode(), NQ.Indicator.asNode());
        Map<Node, Integer> positions = new HashMap<>();
        graph.find(Node.ANY, NQ.position.asNode(), Node.ANY).forEachRemaining(t -> {
            if (tasks.contains(t.getSubject()) || indicators.contains(t.getSubject()))
                positions.merge(t.getSubject(), 1, Integer::sum);
        });
        Map<Node, int[]> rows = new HashMap<>();
        graph.find(Node.ANY, NQ.inDocument.asNode(), Node.ANY).forEachRemaining(t -> {
            Node item = t.getSubject();
            boolean task = tasks.contains(item), indicator = indicators.contains(item);
            if (!task && !indicator) return;
            int n = Math.max(1, positions.getOrDefault(item, 0));
            int[] counts = rows.computeIfAbsent(t.getObject(), k -> new int[2]);
            if (task) counts[0] += n;
            if (indicator) counts[1] += n;
        });
        Set<Node> nodes = new LinkedHashSet<>(policy);
        nodes.addAll(rows.keySet());
        DocumentRefs read = DocumentRefs.read(union, nodes);
        List<Map.Entry<Node, DocumentRef>> refs = new ArrayList<>();
        for (Node node : nodes) refs.add(Map.entry(node, read.of(node)));
        refs.sort(Map.Entry.comparingByValue(ORDER));
        Map<Node, Document> documents = new HashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            Node node = refs.get(i).getKey();
            int[] counts = rows.getOrDefault(node, new int[2]);
            documents.put(node, new Document(node, refs.get(i).getValue(), i, policy.contains(node), counts[0], counts[1]));
        }
        return new DerivationView(derivedFrom, documents);
    }

    private static Set<Node> subjects(Graph graph, Node predicate, Node object) {
        Set<Node> out = new HashSet<>();
        graph.find(Node.ANY, predicate, object).mapWith(Triple::getSubject).forEachRemaining(out::add);
        return out;
    }

    /**
     * The root and every document that derives from it ({@code nq:derivesFrom+}, followed through any node), in the
     * answer's order of documents; documents that hold nothing a lineage-down lists are left out.
     */
    List<Below> below(Node root) {
        Set<Node> reached = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            for (Node next : derivedFrom.getOrDefault(todo.poll(), List.of())) if (reached.add(next)) todo.add(next);
        }
        List<Below> out = new ArrayList<>(reached.size() + 1);
        Optional.ofNullable(documents.get(root)).ifPresent(d -> out.add(new Below(d, false)));
        for (Node node : reached) {
            Document d = documents.get(node);
            if (d != null && !node.equals(root)) out.add(new Below(d, true));
        }
        out.sort(Comparator.comparingInt(b -> b.document().order()));
        return out;
    }

    /** Documents in the view (for logs). */
    int size() {
        return documents.size();
    }
}
