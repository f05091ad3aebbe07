package vn.nq57.service.documents;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.loader.report.DocumentReport;
import vn.nq57.ontology.Iris;
import vn.nq57.ontology.NQ;
import vn.nq57.ontology.Vocab;
import vn.nq57.service.entity.TermLabels;
import vn.nq57.service.store.DatasetHolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents the store holds, one per named graph (one graph per source file), with the load report kept for those
 * added through the API. A document's id is its graph's local name, e.g. {@code 92-kh-ubnd-dong-nai-txt}.
 *
 * <p>The list is read from the store once, on first use, and then kept: {@link DocumentChanges} tells it which graphs a
 * committed change wrote ({@link #refresh}), and only those are read again. A summary depends on its own graph and
 * report only, so the kept list is what a full walk of the store gives ({@link #walk}); a restart reads it afresh.
 */
@Component
public class DocumentCatalog {
    private final DatasetHolder store;
    private final Path reports;
    private final JsonMapper json = JsonMapper.builder().build();

    public DocumentCatalog(DatasetHolder store, DocumentsProperties properties) {
        this.store = store;
        this.reports = properties.reportsDir().toAbsolutePath().normalize();
    }

    /** The documents by id, as of the last change; {@code null} until first asked. Guarded by {@code this}. */
    private Map<String, DocumentSummary> byId;
    /** {@link #byId}'s values in list order, read without a lock. */
    private volatile List<DocumentSummary> listed;

    /** Every document, by file name (an unmodifiable list). */
    public List<DocumentSummary> list() {
        List<DocumentSummary> out = listed;
        if (out != null) return out;
        synchronized (this) {
            if (listed == null) {
                byId = new HashMap<>();
                for (DocumentSummary d : walk()) byId.put(d.id(), d);
                listed = sorted(byId.values());
            }
            return listed;
        }
    }

    /** A source document's graph: one of ours, but not the inferred alignment, which no file was loaded into. */
    private static boolean isDocumentGraph(String iri) {
        return iri.startsWith(NQ.GRAPH) && !iri.equals(NQ.ALIGNMENT_GRAPH);
    }

    /** Every document, read from the store now: what {@link #list} keeps up to date. */
    List<DocumentSummary> walk() {
        List<DocumentSummary> out = Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            List<DocumentSummary> all = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI() && isDocumentGraph(g.getURI())) all.add(summary(g, dsg.getGraph(g)));
            });
            return all;
        });
        return sorted(out);
    }

    /**
     * Reads again the documents of the named graphs {@code graphIris} (a graph now empty or gone drops its document),
     * after a change of them is committed and their reports are kept. Costs what those graphs hold. If the reading
     * fails, the kept list is dropped and the next {@link #list} walks the store.
     */
    synchronized void refresh(Collection<String> graphIris) {
        if (byId == null) return; // never listed: the first list() reads the store as it is then
        try {
            Map<String, DocumentSummary> next = new HashMap<>(byId);
            Txn.executeRead(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                for (String iri : graphIris) {
                    if (!isDocumentGraph(iri)) continue;
                    Node g = NodeFactory.createURI(iri);
                    if (dsg.containsGraph(g) && !dsg.getGraph(g).isEmpty()) next.put(id(iri), summary(g, dsg.getGraph(g)));
                    else next.remove(id(iri));
                }
            });
            byId = next;
            listed = sorted(next.values());
        } catch (RuntimeException e) {
            byId = null;
            listed = null;
            throw e;
        }
    }

    private static List<DocumentSummary> sorted(Collection<DocumentSummary> documents) {
        List<DocumentSummary> out = new ArrayList<>(documents);
        out.sort(Comparator.comparing((DocumentSummary d) -> d.file() == null ? d.id() : d.file())
                .thenComparing(DocumentSummary::id));
        return List.copyOf(out);
    }

    /**
     * The document with this id, if loaded. The id is the key of its file name in the graph's IRI ({@link
     * Iris#fileKey}: percent-encoded UTF-8); the file name itself, as a client's URL decoding gives it back, is taken
     * too.
     */
    public Optional<DocumentSummary> find(String id) {
        if (id == null || id.isBlank() || id.contains("/")) return Optional.empty();
        Node g = graph(FILE_KEY.matcher(id).matches() ? id : Iris.fileKey(id));
        return Txn.calculateRead(store.dataset(), () -> {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            return dsg.containsGraph(g) && !dsg.getGraph(g).isEmpty()
                    ? Optional.of(summary(g, dsg.getGraph(g))) : Optional.empty();
        });
    }

    /** What {@link Iris#fileKey} gives: unreserved characters and percent-encoded bytes only. */
    private static final java.util.regex.Pattern FILE_KEY =
            java.util.regex.Pattern.compile("(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})+");

    /** The named graph of a document id. */
    public static Node graph(String id) {
        return NodeFactory.createURI(NQ.GRAPH + id);
    }

    /** The document id of a named graph's IRI. */
    public static String id(String graphIri) {
        return graphIri.startsWith(NQ.GRAPH) ? graphIri.substring(NQ.GRAPH.length()) : graphIri;
    }

    void saveReport(String id, DocumentReport report) {
        try {
            Files.createDirectories(reports);
            Path next = reports.resolve(id + ".json.next");
            Files.writeString(next, json.writeValueAsString(report));
            Files.move(next, reports.resolve(id + ".json"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the load report of " + id + " in " + reports, e);
        }
    }

    void deleteReport(String id) {
        try {
            Files.deleteIfExists(reports.resolve(id + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the load report of " + id + " in " + reports, e);
        }
    }

    private DocumentReport report(String id) {
        Path file = reports.resolve(id + ".json");
        if (!Files.isRegularFile(file)) return null;
        try {
            return json.readValue(file.toFile(), DocumentReport.class);
        } catch (JacksonException e) {
            return null; // a report that cannot be read is shown as none; the store is what counts
        }
    }

    /** The graph's own document is the one with provenance in it (cited documents appear there only as stubs). */
    private DocumentSummary summary(Node g, Graph graph) {
        String id = id(g.getURI());
        String file = firstLiteral(graph, Node.ANY, NQ.fileName.asNode());
        Node best = null;
        int bestTasks = -1;
        int bestIndicators = 0;
        for (Triple t : graph.find(Node.ANY, RDF.type.asNode(), NQ.PolicyDocument.asNode()).toList()) {
            Node doc = t.getSubject();
            if (!graph.contains(doc, NQ.sourceFile.asNode(), Node.ANY)) continue;
            int tasks = 0;
            int indicators = 0;
            for (Triple part : graph.find(Node.ANY, NQ.inDocument.asNode(), doc).toList()) {
                if (graph.contains(part.getSubject(), RDF.type.asNode(), NQ.Task.asNode())) tasks++;
                else if (graph.contains(part.getSubject(), RDF.type.asNode(), NQ.Indicator.asNode())) indicators++;
            }
            if (tasks > bestTasks) {
                best = doc;
                bestTasks = tasks;
                bestIndicators = indicators;
            }
        }
        // eli:number only: a draft's blank number as printed ("/KH-UBND", nq:numberRaw) is no number to show
        String number = best == null ? null : firstLiteral(graph, best, Vocab.eliNumber.asNode());
        String title = best == null ? null : firstLiteral(graph, best, Vocab.dctermsTitle.asNode());
        return new DocumentSummary(id, g.getURI(), file, best == null ? null : best.getURI(), number, title,
                best == null ? null : kind(graph, best), best == null ? null : partOf(graph, best),
                Math.max(bestTasks, 0), bestIndicators, report(id));
    }

    /** The labels of the document's own kind: its class of the ontology other than nq:PolicyDocument. */
    private static TermLabels.Label kind(Graph graph, Node doc) {
        return graph.find(doc, RDF.type.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isURI).map(Node::getURI)
                .filter(iri -> iri.startsWith(NQ.NS) && !iri.equals(NQ.PolicyDocument.getURI())).sorted()
                .map(TermLabels::of).flatMap(Optional::stream).findFirst().orElse(null);
    }

    /** The document an appendix is part of, with the number its graph gives it; null for a document of its own. */
    private static DocumentSummary.PartOf partOf(Graph graph, Node doc) {
        return graph.find(doc, Vocab.eliIsPartOf.asNode(), Node.ANY).toList().stream().map(Triple::getObject)
                .filter(Node::isURI).sorted(java.util.Comparator.comparing(Node::getURI)).findFirst()
                .map(plan -> new DocumentSummary.PartOf(plan.getURI(), firstLiteral(graph, plan, Vocab.eliNumber.asNode())))
                .orElse(null);
    }

    private static String firstLiteral(Graph graph, Node subject, Node property) {
        return graph.find(subject, property, Node.ANY).toList().stream()
                .filter(t -> t.getObject().isLiteral())
                .map(t -> t.getObject().getLiteralLexicalForm())
                .sorted().findFirst().orElse(null);
    }
}
