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
            SELECT DISTINCT ?item ?doc WHERE {
              { ?item nq:derivesFrom+ ?root ; a nq:PolicyDocument .
                FILTER(?item != ?root)
                BIND(?item AS ?doc) }
              UNION
              { ?doc nq:derivesFrom* ?root .
                ?item nq:inDocument ?doc .
                VALUES ?class { nq:Task nq:Indicator }
                ?item a ?class }
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
            List<Item> ofType = derived(root).stream().filter(i -> filter.matchesType(i.type())).toList();
            Map<String, Integer> byLevel = new TreeMap<>(Comparator.comparingInt(Levels::rank).thenComparing(Comparator.naturalOrder()));
            ofType.forEach(i -> byLevel.merge(String.valueOf(i.level()), 1, Integer::sum));
            List<Item> matching = ofType.stream().filter(i -> filter.matchesLevel(i.level())).toList();
            int page = paged ? filter.page() : 1, size = paged ? filter.size() : matching.size();
            int from = (int) Math.min((long) (page - 1) * size, matching.size());
            int to = Math.min(from + size, matching.size());
            return new LineageDown(EntityReader.document(root), matching.size(), page, size,
                    byLevel, countsByDocument(matching), matching.subList(from, to));
        });
    }

    private Resource root(String iri) {
        Resource root = existing(dataset.getUnionModel(), iri);
        if (!EntityReader.isDocument(root))
            throw new BadParameterException(EntityId.PARAMETER, "'" + iri + "' is a " + EntityReader.type(root)
                    + "; lineage down starts from a document");
        return root;
    }

    private List<Item> derived(Resource root) {
        Model model = root.getModel();
        QuerySolutionMap binding = new QuerySolutionMap();
        binding.add("root", root);
        List<Item> items = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.model(model).query(DOWN).substitution(binding).build()) {
            execution.execSelect().forEachRemaining(row -> items.add(item(row.getResource("item"), row.getResource("doc"))));
        }
        items.sort(Comparator.comparingInt((Item i) -> Levels.rank(i.level()))
                .thenComparing(i -> String.valueOf(i.document().number()))
                .thenComparing(i -> i.document().id())
                .thenComparing(i -> !i.type().equals(EntityReader.DOCUMENT))
                .thenComparing(i -> i.position() == null ? Integer.MAX_VALUE : i.position())
                .thenComparing(Item::id));
        return items;
    }

    private static Item item(Resource item, Resource doc) {
        DocumentRef document = EntityReader.document(doc);
        return new Item(item.getURI(), EntityReader.type(item), EntityReader.name(item), document.level(), document,
                EntityReader.integer(item, NQ.position));
    }

    private static List<DocumentCount> countsByDocument(List<Item> items) {
        Map<String, DocumentCount> counts = new LinkedHashMap<>();
        for (Item i : items) {
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
