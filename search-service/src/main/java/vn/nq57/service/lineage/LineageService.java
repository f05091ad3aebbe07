package vn.nq57.service.lineage;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import vn.nq57.ontology.NQ;
import vn.nq57.service.entity.EntityId;
import vn.nq57.service.entity.EntityReader;
import vn.nq57.service.entity.Levels;
import vn.nq57.service.entity.Refs.DocumentRef;
import vn.nq57.service.entity.UnknownEntityException;
import vn.nq57.service.lineage.LineageDown.DocumentCount;
import vn.nq57.service.lineage.LineageDown.Item;
import vn.nq57.service.web.BadParameterException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Lineage over the store's union graph: the paths up from an entity, and everything down from a document. */
public class LineageService {
    /** The most paths one answer lists; the seeds give at most a few dozen. */
    static final int MAX_PATHS = 1000;

    /**
     * Derived documents, and the tasks and indicators in the root or in any derived document. {@code ?root} is
     * bound by substitution; nq:derivesFrom is materialised transitively, the path operator keeps the query
     * right on a graph where it is not.
     */
    private static final Query DOWN = QueryFactory.create("""
            PREFIX nq: <https://w3id.org/nq57/ontology#>
            SELECT DISTINCT ?item ?doc ?class ?position WHERE {
              { ?item nq:derivesFrom+ ?root ; a nq:PolicyDocument .
                FILTER(?item != ?root)
                BIND(?item AS ?doc)
                BIND(nq:PolicyDocument AS ?class) }
              UNION
              { ?doc nq:derivesFrom* ?root .
                ?item nq:inDocument ?doc .
                VALUES ?class { nq:Task nq:Indicator }
                ?item a ?class
                OPTIONAL { ?item nq:position ?position } }
            }""");

    private final Dataset dataset;

    public LineageService(Dataset dataset) {
        this.dataset = dataset;
    }

    /** @throws UnknownEntityException no such entity; BadParameterException it is neither a document nor part of one */
    public LineageUp up(String iri) {
        return Txn.calculateRead(dataset, () -> {
            Resource start = existing(dataset.getUnionModel(), iri);
            if (!EntityReader.isDocument(start) && EntityReader.containingDocument(start).isEmpty())
                throw new BadParameterException(EntityId.PARAMETER, "'" + iri + "' is a " + EntityReader.type(start)
                        + ", which is in no document; lineage starts from a document, section, task or indicator");
            return new UpwardPaths(MAX_PATHS).walk(start);
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
            // Filter, count and sort on what the query returns; read names only for the page asked for.
            List<Derived> ofType = derived(root).stream().filter(d -> filter.matchesType(d.type())).toList();
            Map<String, Integer> byLevel = new TreeMap<>(Comparator.comparingInt(Levels::rank).thenComparing(Comparator.naturalOrder()));
            ofType.forEach(d -> byLevel.merge(String.valueOf(d.document().level()), 1, Integer::sum));
            List<Derived> matching = ofType.stream().filter(d -> filter.matchesLevel(d.document().level())).toList();
            int page = paged ? filter.page() : 1, size = paged ? filter.size() : matching.size();
            int from = (int) Math.min((long) (page - 1) * size, matching.size());
            int to = Math.min(from + size, matching.size());
            List<Item> results = matching.subList(from, to).stream().map(Derived::item).toList();
            return new LineageDown(EntityReader.document(root), matching.size(), page, size,
                    byLevel, countsByDocument(matching), results);
        });
    }

    /** One row of the down query: the item, its type, position and (shared, read once) document. */
    private record Derived(Resource resource, String type, Integer position, DocumentRef document) {
        Item item() {
            return new Item(resource.getURI(), type, EntityReader.name(resource), document.level(), document, position);
        }
    }

    private Resource root(String iri) {
        Resource root = existing(dataset.getUnionModel(), iri);
        if (!EntityReader.isDocument(root))
            throw new BadParameterException(EntityId.PARAMETER, "'" + iri + "' is a " + EntityReader.type(root)
                    + "; lineage down starts from a document");
        return root;
    }

    private List<Derived> derived(Resource root) {
        Model model = root.getModel();
        QuerySolutionMap binding = new QuerySolutionMap();
        binding.add("root", root);
        Map<Resource, DocumentRef> documents = new HashMap<>();
        List<Derived> items = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.model(model).query(DOWN).substitution(binding).build()) {
            execution.execSelect().forEachRemaining(row -> {
                Resource doc = row.getResource("doc");
                boolean isDocument = row.getResource("class").equals(NQ.PolicyDocument);
                items.add(new Derived(row.getResource("item"),
                        isDocument ? EntityReader.DOCUMENT : row.getResource("class").getLocalName(),
                        row.contains("position") ? row.getLiteral("position").getInt() : null,
                        documents.computeIfAbsent(doc, EntityReader::document)));
            });
        }
        items.sort(Comparator.comparingInt((Derived d) -> Levels.rank(d.document().level()))
                .thenComparing(d -> String.valueOf(d.document().number()))
                .thenComparing(d -> d.document().id())
                .thenComparing(d -> !d.type().equals(EntityReader.DOCUMENT))
                .thenComparing(d -> d.position() == null ? Integer.MAX_VALUE : d.position())
                .thenComparing(d -> d.resource().getURI()));
        return items;
    }

    private static List<DocumentCount> countsByDocument(List<Derived> items) {
        Map<String, DocumentCount> counts = new LinkedHashMap<>();
        for (Derived i : items) {
            DocumentRef d = i.document();
            counts.merge(d.id(), new DocumentCount(d.id(), d.number(), d.file(), d.level(), 1),
                    (a, b) -> new DocumentCount(a.id(), a.number(), a.file(), a.level(), a.count() + 1));
        }
        return counts.values().stream().sorted(Comparator.comparingInt(DocumentCount::count).reversed()).toList();
    }

    private static Resource existing(Model model, String iri) {
        Resource r = model.createResource(iri);
        if (!model.contains(r, null, (RDFNode) null)) throw new UnknownEntityException(iri);
        return r;
    }
}
