package vn.nq57.service.lineage;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import vn.nq57.ontology.NQ;
import vn.nq57.service.entity.EntityReader;
import vn.nq57.service.entity.Levels;
import vn.nq57.service.entity.Refs.DocumentRef;
import vn.nq57.service.entity.Refs.SourceText;
import vn.nq57.service.lineage.LineageDown.DocumentCount;
import vn.nq57.service.lineage.LineageDown.Item;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The straightforward answer of a lineage-down, kept for tests to compare {@link LineageService#down} with: the one
 * SPARQL query its definition names, run for every descendant of the root, then filtered, counted, sorted and paged
 * in Java. This is the implementation the service had before it answered from a {@link DerivationView}.
 */
final class SparqlLineageDown {
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
    /** The query's rows per root, sorted: a test asks for many filters and pages of one root in one store state. */
    private final Map<String, List<Derived>> rows = new HashMap<>();

    SparqlLineageDown(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Forgets the rows read so far, after the store changed. */
    void forget() {
        rows.clear();
    }

    /** The answer for a document root; {@code paged} false gives every result on one page, as a download does. */
    LineageDown down(String iri, DownFilter filter, boolean paged) {
        return Txn.calculateRead(dataset, () -> {
            Resource root = dataset.getUnionModel().createResource(iri);
            List<Derived> ofType = rows.computeIfAbsent(iri, k -> derived(root)).stream().filter(d -> filter.matchesType(d.type())).toList();
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

    /** The root and every node deriving from it: where a document's evidence is a step to. */
    private static final Query LINEAGE = QueryFactory.create("""
            PREFIX nq: <https://w3id.org/nq57/ontology#>
            SELECT DISTINCT ?d WHERE { { ?d nq:derivesFrom+ ?root } UNION { BIND(?root AS ?d) } }""");

    private record Derived(Resource resource, String type, Integer position, DocumentRef document, Set<Node> lineage) {
        Item item() {
            SourceText evidence = type.equals(EntityReader.DOCUMENT)
                    ? DerivationEvidence.towards(resource, lineage::contains) : EntityReader.source(resource);
            return new Item(resource.getURI(), type, EntityReader.name(resource), document.level(), document, position,
                    evidence == null ? null : evidence.text(), evidence == null ? null : evidence.file(),
                    evidence == null ? null : evidence.lineStart(), evidence == null ? null : evidence.lineEnd());
        }
    }

    private List<Derived> derived(Resource root) {
        Model model = root.getModel();
        QuerySolutionMap binding = new QuerySolutionMap();
        binding.add("root", root);
        Map<Resource, DocumentRef> documents = new HashMap<>();
        Set<Node> lineage = new HashSet<>();
        try (QueryExecution execution = QueryExecution.model(model).query(LINEAGE).substitution(binding).build()) {
            execution.execSelect().forEachRemaining(row -> lineage.add(row.getResource("d").asNode()));
        }
        List<Derived> items = new ArrayList<>();
        try (QueryExecution execution = QueryExecution.model(model).query(DOWN).substitution(binding).build()) {
            execution.execSelect().forEachRemaining(row -> {
                Resource doc = row.getResource("doc");
                boolean isDocument = row.getResource("class").equals(NQ.PolicyDocument);
                items.add(new Derived(row.getResource("item"),
                        isDocument ? EntityReader.DOCUMENT : row.getResource("class").getLocalName(),
                        row.contains("position") ? row.getLiteral("position").getInt() : null,
                        documents.computeIfAbsent(doc, EntityReader::document), lineage));
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
}
