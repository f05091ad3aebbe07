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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The upward walk as the service had it before it kept document summaries per store version ({@link DocumentSummaries}):
 * every summary and citation read from the store on every request. Kept here as the reference the cached walk must
 * equal.
 *
 * <p>Original description:
 * Walks the direct derivation steps up from an entity, depth first, collecting every path that ends at a top
 * document. A document already on the current path is not entered again, so a cycle in the data (two plans
 * each citing the other as basis) ends that branch instead of looping. Paths are capped, since their number
 * can grow exponentially with the number of documents that cite several levels at once.
 */
final class UncachedUpwardPaths {
    private final int maxPaths;
    private final List<List<Edge>> paths = new ArrayList<>();
    private final Map<String, Top> tops = new LinkedHashMap<>();
    private final Map<Resource, Node> nodes = new LinkedHashMap<>();
    private boolean truncated;

    UncachedUpwardPaths(int maxPaths) {
        this.maxPaths = maxPaths;
    }

    /** Paths from a document, or from a section, task or indicator through the document it is in. */
    LineageUp walk(Resource start) {
        Deque<Edge> path = new ArrayDeque<>();
        Set<Resource> onPath = new LinkedHashSet<>();
        onPath.add(start);
        Node origin = null;
        if (EntityReader.isDocument(start) && steps(start).isEmpty()) {
            origin = node(start);
            tops.put(start.getURI(), new Top(start.getURI(), EntityReader.string(start, Vocab.eliNumber), EntityReader.name(start)));
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
            if (onPath.contains(step.to())) continue; // a cycle: this branch reaches no top
            path.addLast(edge(doc, step));
            onPath.add(step.to());
            climb(step.to(), path, onPath);
            onPath.remove(step.to());
            path.removeLast();
        }
    }

    private void record(Resource top, Deque<Edge> path) {
        paths.add(List.copyOf(path));
        tops.computeIfAbsent(top.getURI(), iri -> new Top(iri, EntityReader.string(top, Vocab.eliNumber), EntityReader.name(top)));
    }

    private record Step(Property relation, Resource to) {}

    private static List<Step> steps(Resource doc) {
        List<Step> steps = new ArrayList<>();
        for (Property relation : DerivationSteps.RELATIONS)
            EntityReader.resources(doc, relation).forEach(to -> steps.add(new Step(relation, to)));
        return steps;
    }

    /** The edge with the quote that states it, by the service's own rule ({@link DerivationEvidence#of}). */
    private Edge edge(Resource from, Step step) {
        SourceText evidence = DerivationEvidence.of(from, step.relation(), step.to());
        return new Edge(node(from), node(step.to()), step.relation().getLocalName(),
                evidence == null ? null : evidence.text(), evidence == null ? null : evidence.file(),
                evidence == null ? null : evidence.lineStart(), evidence == null ? null : evidence.lineEnd());
    }

    private Node node(Resource r) {
        return nodes.computeIfAbsent(r, UpwardPaths::summary);
    }
}
