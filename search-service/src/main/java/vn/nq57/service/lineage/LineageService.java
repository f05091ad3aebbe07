package vn.nq57.service.lineage;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.jena.system.Txn;
import vn.nq57.ontology.NQ;
import vn.nq57.service.entity.EntityId;
import vn.nq57.service.entity.EntityReader;
import vn.nq57.service.entity.Levels;
import vn.nq57.service.entity.Refs.DocumentRef;
import vn.nq57.service.entity.Refs.SourceText;
import vn.nq57.service.entity.UnknownEntityException;
import vn.nq57.service.lineage.LineageDown.DocumentCount;
import vn.nq57.service.lineage.DerivationView.Below;
import vn.nq57.service.lineage.LineageDown.Item;
import vn.nq57.service.web.BadParameterException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lineage over the store's union graph: the paths up from an entity, and everything down from a document.
 *
 * <p>Down answers what this SPARQL over the union graph gives (root bound), filtered, counted, sorted by the
 * document's level from the top, number and IRI, then the document itself before its items, then position and IRI,
 * and paged:
 * <pre>
 * SELECT DISTINCT ?item ?doc ?class ?position WHERE {
 *   { ?item nq:derivesFrom+ ?root ; a nq:PolicyDocument . FILTER(?item != ?root)
 *     BIND(?item AS ?doc) BIND(nq:PolicyDocument AS ?class) }
 *   UNION
 *   { ?doc nq:derivesFrom* ?root . ?item nq:inDocument ?doc . VALUES ?class { nq:Task nq:Indicator } ?item a ?class
 *     OPTIONAL { ?item nq:position ?position } } }
 * </pre>
 * but without running it: the document lineage and every document's counts are held in a {@link DerivationView}
 * of the store state the request reads, and only the documents the page falls in are read from the store. Its cost
 * grows with the number of documents below the root, not with the number of items.
 */
public class LineageService {
    /** The most paths one answer lists; the seeds give at most a few dozen. */
    static final int MAX_PATHS = 1000;

    private static final Logger log = LoggerFactory.getLogger(LineageService.class);

    private final Dataset dataset;
    /** The view of the last store state a request read; replaced when a request reads another. */
    private volatile Kept kept;
    /** The document summaries upward walks read of the last store state a walk read; replaced likewise. */
    private volatile KeptSummaries summaries;

    public LineageService(Dataset dataset) {
        this.dataset = dataset;
    }

    /**
     * Starts reading the view of the store's current state on a thread of its own (daemon, named
     * {@code lineage-view}) and returns at once. A request that needs the view meanwhile waits for this read instead of
     * starting its own (no error, no second read); a failure is logged and leaves the read to the next request.
     *
     * @return the thread reading it
     */
    public Thread prepareInBackground() {
        return Thread.ofPlatform().daemon().name("lineage-view").start(() -> {
            try {
                Txn.executeRead(dataset, this::view);
            } catch (RuntimeException e) {
                log.warn("lineage view not read in the background; the first request reads it", e);
            }
        });
    }

    /** @throws UnknownEntityException no such entity; BadParameterException it is neither a document nor part of one */
    public LineageUp up(String iri) {
        return Txn.calculateRead(dataset, () -> {
            Resource start = existing(dataset.getUnionModel(), iri);
            if (!EntityReader.isDocument(start) && EntityReader.containingDocument(start).isEmpty())
                throw new BadParameterException(EntityId.PARAMETER, "'" + iri + "' is a " + EntityReader.type(start)
                        + ", which is in no document; lineage starts from a document, section, task or indicator",
                        "Tham số 'id' là '" + iri + "', một " + EntityReader.typeVi(EntityReader.type(start))
                        + " không thuộc văn bản nào; nguồn gốc bắt đầu từ một văn bản, mục, nhiệm vụ hoặc chỉ tiêu.");
            return new UpwardPaths(MAX_PATHS, summaries()).walk(start);
        });
    }

    /** One page of what derives from the document {@code iri}. */
    public LineageDown down(String iri, DownFilter filter) {
        return down(iri, filter, true);
    }

    /** Every result matching the filter on one page, for downloads. */
    public LineageDown downAll(String iri, DownFilter filter) {
        return down(iri, filter, false);
    }

    private LineageDown down(String iri, DownFilter filter, boolean paged) {
        return Txn.calculateRead(dataset, () -> {
            Resource root = root(iri);
            Model model = root.getModel();
            // Every count from the view; names, positions and order within a document read only for the page.
            Map<String, Integer> byLevel = new TreeMap<>(Comparator.comparingInt(Levels::rank).thenComparing(Comparator.naturalOrder()));
            List<Counted> matching = new ArrayList<>();
            int total = 0;
            Set<Node> lineage = new HashSet<>(List.of(root.asNode()));
            for (Below below : view().below(root.asNode())) {
                lineage.add(below.document().node());
                int n = below.document().rows(filter.type(), below.derived());
                if (n == 0) continue;
                String level = below.document().ref().level();
                byLevel.merge(String.valueOf(level), n, Integer::sum);
                if (!filter.matchesLevel(level)) continue;
                matching.add(new Counted(below, n));
                total += n;
            }
            int page = paged ? filter.page() : 1, size = paged ? filter.size() : total;
            int from = (int) Math.min((long) (page - 1) * size, total);
            int to = (int) Math.min((long) from + size, total);
            List<Item> results = new ArrayList<>(to - from);
            int start = 0;
            for (Counted c : matching) {
                int end = start + c.rows();
                if (end > from && start < to) {
                    List<Row> rows = rows(model, c.below(), filter);
                    int a = Math.min(Math.max(from - start, 0), rows.size()), b = Math.min(to - start, rows.size());
                    for (Row r : rows.subList(a, Math.max(a, b)))
                        results.add(r.item(c.below().document().ref(), lineage));
                }
                if (end >= to) break;
                start = end;
            }
            return new LineageDown(EntityReader.document(root), total, page, size, byLevel, countsByDocument(matching), results);
        });
    }

    /**
     * The view of the state this transaction reads: the one kept if it was read from the same state, else read now
     * and kept. A store that does not count its writes gets a view of its own for every request.
     */
    private DerivationView view() {
        Optional<StoreVersion> version = StoreVersion.of(dataset);
        if (version.isEmpty()) return DerivationView.read(dataset.getUnionModel());
        Kept kept = this.kept;
        if (kept != null && kept.version().equals(version.get())) return kept.view();
        synchronized (this) {
            kept = this.kept;
            if (kept != null && kept.version().equals(version.get())) return kept.view();
            long started = System.nanoTime();
            DerivationView view = DerivationView.read(dataset.getUnionModel());
            // Every node lineage can list: appendices and documents only cited count here, unlike /api/stats.
            log.info("lineage view of store version {} read: {} documents, appendices and cited documents in {} ms", version.get().data(), view.size(),
                    (System.nanoTime() - started) / 1_000_000);
            this.kept = new Kept(version.get(), view);
            return view;
        }
    }

    private record Kept(StoreVersion version, DerivationView view) {}

    /** The summaries kept for the state this transaction reads, or new ones (kept if the store counts its writes). */
    private DocumentSummaries summaries() {
        Optional<StoreVersion> version = StoreVersion.of(dataset);
        if (version.isEmpty()) return new DocumentSummaries();
        KeptSummaries kept = this.summaries;
        if (kept != null && kept.version().equals(version.get())) return kept.summaries();
        KeptSummaries fresh = new KeptSummaries(version.get(), new DocumentSummaries());
        this.summaries = fresh; // a walk of an older state that replaces a newer one only costs the newer a re-read
        return fresh.summaries();
    }

    private record KeptSummaries(StoreVersion version, DocumentSummaries summaries) {}

    /** A document with the number of rows it gives under the request's filters. */
    private record Counted(Below below, int rows) {}

    /** One row of the answer in a document: the item, its API type, its position. */
    private record Row(Resource resource, String type, Integer position) {
        /** The item, with its evidence: a document's step up to one of {@code lineage} (the root and what is below it). */
        Item item(DocumentRef document, Set<Node> lineage) {
            SourceText evidence = EntityReader.DOCUMENT.equals(type)
                    ? DerivationEvidence.towards(resource, lineage::contains) : EntityReader.source(resource);
            return new Item(resource.getURI(), type, EntityReader.name(resource), document.level(), document, position,
                    evidence == null ? null : evidence.text(), evidence == null ? null : evidence.file(),
                    evidence == null ? null : evidence.lineStart(), evidence == null ? null : evidence.lineEnd());
        }
    }

    /**
     * The rows one document gives, in the answer's order: the document itself first (when it derives from the root),
     * then its tasks and indicators by position (none last), then IRI; one row per (item, class, position).
     */
    private static List<Row> rows(Model model, Below below, DownFilter filter) {
        Resource doc = model.wrapAsResource(below.document().node());
        List<Row> rows = new ArrayList<>();
        if (below.derived() && below.document().policy() && filter.matchesType(EntityReader.DOCUMENT))
            rows.add(new Row(doc, EntityReader.DOCUMENT, null));
        int own = rows.size();
        for (Resource item : model.listSubjectsWithProperty(NQ.inDocument, doc).toSet()) {
            for (Node type : DerivationView.ITEM_CLASSES) {
                String name = type.getLocalName();
                if (!filter.matchesType(name) || !item.hasProperty(RDF.type, model.wrapAsResource(type))) continue;
                List<RDFNode> positions = item.listProperties(NQ.position).mapWith(Statement::getObject).toList();
                if (positions.isEmpty()) rows.add(new Row(item, name, null));
                for (RDFNode p : positions) rows.add(new Row(item, name, p.asLiteral().getInt()));
            }
        }
        rows.subList(own, rows.size()).sort(Comparator
                .comparing((Row r) -> r.position() == null ? Integer.MAX_VALUE : r.position())
                .thenComparing(r -> r.resource().getURI()));
        return rows;
    }

    /** Per document, in the answer's order, then the most first (a stable sort keeps that order among equals). */
    private static List<DocumentCount> countsByDocument(List<Counted> matching) {
        List<DocumentCount> counts = new ArrayList<>(matching.size());
        for (Counted c : matching) {
            DocumentRef d = c.below().document().ref();
            counts.add(new DocumentCount(d.id(), d.number(), d.file(), d.level(), c.rows()));
        }
        counts.sort(Comparator.comparingInt(DocumentCount::count).reversed());
        return List.copyOf(counts);
    }

    private Resource root(String iri) {
        Resource root = existing(dataset.getUnionModel(), iri);
        if (!EntityReader.isDocument(root))
            throw new BadParameterException(EntityId.PARAMETER, "'" + iri + "' is a " + EntityReader.type(root)
                    + "; lineage down starts from a document", "Tham số 'id' là '" + iri + "', một "
                    + EntityReader.typeVi(EntityReader.type(root)) + "; nguồn gốc xuống bắt đầu từ một văn bản.");
        return root;
    }

    private static Resource existing(Model model, String iri) {
        Resource r = model.createResource(iri);
        if (!model.contains(r, null, (RDFNode) null)) throw new UnknownEntityException(iri);
        return r;
    }
}
