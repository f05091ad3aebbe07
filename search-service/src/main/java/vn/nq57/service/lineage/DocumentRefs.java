package vn.nq57.service.lineage;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import vn.nq57.ontology.NQ;
import vn.nq57.ontology.Vocab;
import vn.nq57.service.entity.Describer;
import vn.nq57.service.entity.EntityReader;
import vn.nq57.service.entity.Levels;
import vn.nq57.service.entity.Refs.DocumentRef;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The {@link DocumentRef} of many documents at once, read with one scan of the union graph per property (number,
 * title, issuer, level, source file and its name, the plan an appendix is part of) and put together in memory. It
 * gives exactly what {@link EntityReader#document} gives for each (smallest literal, first IRI, the whole plan's value
 * where the document has none), but where that asks the store a dozen questions per document, and a widely cited
 * document's stub statements are repeated in every citing graph, this reads each statement once.
 */
final class DocumentRefs {
    private final Map<Node, String> number, title, issuer, fileName;
    private final Map<Node, Node> level, partOf;
    private final Map<Node, Node[]> files = new HashMap<>();
    private final Model union;

    private DocumentRefs(Model union, Set<Node> wanted) {
        this.union = union;
        Graph graph = union.getGraph();
        number = smallestLiteral(graph, Vocab.eliNumber, (s, o) -> true);
        title = smallestLiteral(graph, Vocab.dctermsTitle, (s, o) -> true);
        issuer = smallestLiteral(graph, NQ.issuerName, (s, o) -> true);
        level = firstIri(graph, NQ.level);
        partOf = firstIri(graph, Vocab.eliIsPartOf);
        // source files of documents only (every item has one too): those of the wanted and of the plans they are part of
        Set<Node> wholes = new java.util.HashSet<>(partOf.values());
        graph.find(Node.ANY, NQ.sourceFile.asNode(), Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().isURI() || !(wanted.contains(t.getSubject()) || wholes.contains(t.getSubject()))) return;
            Node[] held = files.get(t.getSubject());
            files.put(t.getSubject(), held == null ? new Node[]{t.getObject()} : append(held, t.getObject()));
        });
        Set<Node> fileNodes = new java.util.HashSet<>();
        files.values().forEach(f -> fileNodes.addAll(java.util.List.of(f)));
        fileName = smallestLiteral(graph, NQ.fileName, (s, o) -> fileNodes.contains(s));
    }

    /** Reads what the refs of {@code documents} need from {@code union}, the store's union model, in a read transaction. */
    static DocumentRefs read(Model union, Collection<Node> documents) {
        return new DocumentRefs(union, Set.copyOf(documents));
    }

    /** The same as {@link EntityReader#document} of {@code doc} in the state read. */
    DocumentRef of(Node doc) {
        Node whole = whole(doc);
        return new DocumentRef(doc.isURI() ? doc.getURI() : null,
                orElse(number.get(doc), number.get(whole)),
                orElse(title.get(doc), title.get(whole)),
                orElse(file(doc), file(whole)),
                orElse(issuer.get(doc), issuer.get(whole)),
                orElse(levelName(doc), levelName(whole)),
                doc.isURI() ? Describer.kind(union.wrapAsResource(doc)) : null);
    }

    private Node whole(Node doc) {
        Node current = doc;
        for (int hops = 0; hops < 8; hops++) { // as EntityReader.whole: the bound only guards against a cycle
            Node up = partOf.get(current);
            if (up == null) return current;
            current = up;
        }
        return current;
    }

    private String levelName(Node doc) {
        Node term = level.get(doc);
        return term == null ? null : Levels.name(union.wrapAsResource(term));
    }

    /** The name of the first file (by IRI) that has one, as {@link EntityReader#fileName}. */
    private String file(Node doc) {
        Node[] held = files.get(doc);
        if (held == null) return null;
        Node best = null;
        String name = null;
        for (Node f : held) {
            String n = fileName.get(f);
            if (n != null && (best == null || f.getURI().compareTo(best.getURI()) < 0)) {
                best = f;
                name = n;
            }
        }
        return name;
    }

    private static Map<Node, String> smallestLiteral(Graph graph, Property p, BiPredicate<Node, Node> keep) {
        Map<Node, String> out = new HashMap<>();
        graph.find(Node.ANY, p.asNode(), Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().isLiteral() || !keep.test(t.getSubject(), t.getObject())) return;
            out.merge(t.getSubject(), t.getObject().getLiteralLexicalForm(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        });
        return out;
    }

    private static Map<Node, Node> firstIri(Graph graph, Property p) {
        Map<Node, Node> out = new HashMap<>();
        graph.find(Node.ANY, p.asNode(), Node.ANY).forEachRemaining(t -> {
            if (!t.getObject().isURI()) return;
            out.merge(t.getSubject(), t.getObject(), (a, b) -> a.getURI().compareTo(b.getURI()) <= 0 ? a : b);
        });
        return out;
    }

    private static Node[] append(Node[] held, Node more) {
        Node[] out = java.util.Arrays.copyOf(held, held.length + 1);
        out[held.length] = more;
        return out;
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
