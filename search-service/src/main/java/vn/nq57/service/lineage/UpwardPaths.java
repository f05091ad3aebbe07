package vn.nq57.service.lineage;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import vn.nq57.ontology.NQ;
import vn.nq57.ontology.Vocab;
import vn.nq57.service.entity.Describer;
import vn.nq57.service.entity.EntityReader;
import vn.nq57.service.entity.Refs.DocumentRef;
import vn.nq57.service.entity.Refs.SourceText;
import vn.nq57.service.lineage.LineageUp.Edge;
import vn.nq57.service.lineage.LineageUp.Node;
import vn.nq57.service.lineage.LineageUp.Top;
import vn.nq57.service.lineage.DocumentSummaries.Step;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks the direct derivation steps up from an entity, depth first, collecting every path that ends at a top
 * document. A document already on the current path is not entered again, so a cycle in the data (two plans
 * each citing the other as basis) ends that branch instead of looping. Paths are capped, since their number
 * can grow exponentially with the number of documents that cite several levels at once.
 *
 * <p>Everything it reads of the documents above the start (summaries, steps, quotes, tops) comes from
 * {@link DocumentSummaries} of the store state it reads, and is read from the store only the first time a walk of that
 * state needs it; only the start and its own edges are read on every walk.
 */
final class UpwardPaths {
    private final int maxPaths;
    private final DocumentSummaries kept;
    private final List<List<Edge>> paths = new ArrayList<>();
    private final Map<String, Top> tops = new LinkedHashMap<>();
    private boolean truncated;
    private Resource start;

    /**
     * @param maxPaths the most paths one answer lists; past it the answer says {@code truncated}
     * @param kept     summaries of the state the walk's transaction reads (empty ones are filled as needed)
     */
    UpwardPaths(int maxPaths, DocumentSummaries kept) {
        this.maxPaths = maxPaths;
        this.kept = kept;
    }

    /** Paths from a document, or from a section, task or indicator through the document it is in. */
    LineageUp walk(Resource start) {
        this.start = start;
        Deque<Edge> path = new ArrayDeque<>();
        Set<Resource> onPath = new LinkedHashSet<>();
        onPath.add(start);
        Node origin = null;
        if (EntityReader.isDocument(start) && steps(start).isEmpty()) {
            // a document above which the graph knows nothing: the start of its chains, its own top
            origin = node(start);
            tops.put(start.getURI(), top(start));
        } else if (EntityReader.isDocument(start)) {
            climb(start, path, onPath);
        } else {
            SourceText source = EntityReader.source(start);
            for (Resource doc : EntityReader.resources(start, NQ.inDocument).toList()) {
                path.addLast(new Edge(node(start), node(doc), NQ.inDocument.getLocalName(),
                        source == null ? null : source.text(), source == null ? null : source.file(),
                        source == null ? null : source.lineStart(), source == null ? null : source.lineEnd()));
                onPath.add(doc);
                climb(doc, path, onPath);
                onPath.remove(doc);
                path.removeLast();
            }
        }
        return new LineageUp(EntityReader.ref(start), List.copyOf(paths), List.copyOf(tops.values()), truncated, origin);
    }

    private void climb(Resource doc, Deque<Edge> path, Set<Resource> onPath) {
        List<Step> steps = steps(doc);
        if (steps.isEmpty()) {
            if (!path.isEmpty()) record(doc, path);
            return;
        }
        for (Step step : steps) {
            if (paths.size() >= maxPaths) {
                truncated = true;
                return;
            }
            Resource to = doc.getModel().wrapAsResource(step.to());
            if (onPath.contains(to)) continue; // a cycle: this branch reaches no top
            path.addLast(kept.edge(doc.asNode(), step, () -> edge(doc, step.relation(), to)));
            onPath.add(to);
            climb(to, path, onPath);
            onPath.remove(to);
            path.removeLast();
        }
    }

    private void record(Resource top, Deque<Edge> path) {
        paths.add(List.copyOf(path));
        tops.computeIfAbsent(top.getURI(), iri -> kept.tops.computeIfAbsent(top.asNode(), n -> top(top)));
    }

    private static Top top(Resource top) {
        return new Top(top.getURI(), EntityReader.string(top, Vocab.eliNumber), EntityReader.name(top));
    }

    private List<Step> steps(Resource doc) {
        return kept.steps.computeIfAbsent(doc.asNode(), n -> {
            List<Step> steps = new ArrayList<>();
            for (Property relation : DerivationSteps.RELATIONS)
                EntityReader.resources(doc, relation).forEach(to -> steps.add(new Step(relation, to.asNode())));
            return List.copyOf(steps);
        });
    }

    /** The edge with the quote that states it ({@link DerivationEvidence#of}). */
    private Edge edge(Resource from, Property relation, Resource to) {
        SourceText evidence = DerivationEvidence.of(from, relation, to);
        return new Edge(node(from), node(to), relation.getLocalName(),
                evidence == null ? null : evidence.text(), evidence == null ? null : evidence.file(),
                evidence == null ? null : evidence.lineStart(), evidence == null ? null : evidence.lineEnd());
    }

    /** The summary of {@code r}: kept for the documents above the start, read anew for the start itself. */
    private Node node(Resource r) {
        if (r.equals(start)) return summary(r);
        Node node = kept.nodes.get(r.asNode());
        if (node == null) {
            node = summary(r);
            kept.nodes.put(r.asNode(), node);
        }
        return node;
    }

    /** A resource as a node of a path; a document part without a number of its own names its whole in {@code partOf}. */
    static Node summary(Resource x) {
        boolean document = EntityReader.isDocument(x);
        if (!document) return new Node(x.getURI(), EntityReader.type(x), EntityReader.name(x), null, null,
                Describer.kind(x), null, null);
        DocumentRef ref = EntityReader.document(x); // a part's number, issuer and title are its whole's where it has none
        String own = EntityReader.string(x, Vocab.eliNumber);
        boolean part = !EntityReader.whole(x).equals(x);
        return new Node(x.getURI(), EntityReader.type(x), EntityReader.name(x), part ? own : ref.number(),
                part && own == null ? ref.number() : null, Describer.kind(x), ref.issuer(), Describer.areaName(x));
    }
}
