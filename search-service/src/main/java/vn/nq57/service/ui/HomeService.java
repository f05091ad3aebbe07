package vn.nq57.service.ui;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import vn.nq57.ontology.Thesaurus;
import vn.nq57.service.entity.Describer;
import vn.nq57.service.entity.EntityReader;
import vn.nq57.service.ui.HomePage.LatestDocument;
import vn.nq57.service.ui.HomePage.Phrase;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads what the home page shows beside the counts: the latest documents, the busiest lead units, and the
 * thesaurus topics that indicators of several documents share (what the indicator page can usefully compare).
 */
public class HomeService {
    private static final int LATEST = 6, UNITS = 3, COMPARISONS = 6, MIN_DOCUMENTS = 2;

    private static final Query DOCUMENTS = QueryFactory.create("""
            PREFIX nq:  <https://w3id.org/nq57/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            SELECT ?doc (COALESCE(MAX(STR(?d)), MAX(STR(?ym)), MAX(STR(?y))) AS ?date) WHERE {
              ?doc a nq:PolicyDocument ; nq:sourceFile ?file .
              FILTER NOT EXISTS { ?doc eli:is_part_of ?whole }
              OPTIONAL { ?doc eli:date_document ?d }
              OPTIONAL { ?doc nq:yearMonth ?ym }
              OPTIONAL { ?doc nq:year ?y }
            } GROUP BY ?doc""");

    private static final Query UNIT_TASKS = QueryFactory.create("""
            PREFIX nq: <https://w3id.org/nq57/ontology#>
            SELECT ?unit (COUNT(DISTINCT ?task) AS ?tasks) WHERE { ?task a nq:Task ; nq:leadUnit ?unit }
            GROUP BY ?unit ORDER BY DESC(?tasks) STR(?unit) LIMIT 10""");

    private static final Query INDICATORS = QueryFactory.create("""
            PREFIX nq: <https://w3id.org/nq57/ontology#>
            PREFIX eli: <http://data.europa.eu/eli/ontology#>
            SELECT ?doc ?name WHERE { ?i a nq:Indicator ; nq:name ?name ; nq:inDocument ?d .
              OPTIONAL { ?d eli:is_part_of ?whole } BIND(COALESCE(?whole, ?d) AS ?doc) }""");

    private final Dataset dataset;

    public HomeService(Dataset dataset) {
        this.dataset = dataset;
    }

    public HomePage home() {
        return Txn.calculateRead(dataset, () -> {
            Model model = dataset.getUnionModel();
            return new HomePage(latest(model), units(model), comparisons(model));
        });
    }

    private static List<LatestDocument> latest(Model model) {
        List<LatestDocument> docs = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.model(model).query(DOCUMENTS).build()) {
            qe.execSelect().forEachRemaining(row -> {
                Resource doc = row.getResource("doc");
                // the day, else the month or year the header gives ("ngày … tháng 3 năm 2026": 2026-03)
                String date = row.contains("date") ? row.getLiteral("date").getLexicalForm() : null;
                docs.add(new LatestDocument(EntityReader.document(doc), Describer.kind(doc), Describer.areaName(doc), date));
            });
        }
        docs.sort(Comparator.comparing((LatestDocument d) -> d.date() == null)
                .thenComparing(LatestDocument::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(d -> d.document().id()));
        return docs.subList(0, Math.min(LATEST, docs.size()));
    }

    private static List<Phrase> units(Model model) {
        List<Phrase> units = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (QueryExecution qe = QueryExecution.model(model).query(UNIT_TASKS).build()) {
            qe.execSelect().forEachRemaining(row -> {
                String name = EntityReader.name(row.getResource("unit"));
                if (name != null && units.size() < UNITS && seen.add(name))
                    units.add(new Phrase(name, row.getLiteral("tasks").getInt()));
            });
        }
        return units;
    }

    /**
     * The thesaurus topics (SKOS concepts: preferred label, variants, abbreviations) that indicator names of at least
     * two documents mention, most documents first, then most indicators (the richest comparison), then the more
     * specific (longer) topic.
     */
    private static List<Phrase> comparisons(Model model) {
        Map<Thesaurus.Entry, Set<String>> documentsOf = new HashMap<>();
        Map<Thesaurus.Entry, Integer> indicatorsOf = new HashMap<>();
        List<Thesaurus.Entry> topics = Thesaurus.entries();
        try (QueryExecution qe = QueryExecution.model(model).query(INDICATORS).build()) {
            qe.execSelect().forEachRemaining(row -> {
                String doc = row.getResource("doc").getURI();
                String name = " " + Normalizer.normalize(row.getLiteral("name").getLexicalForm(), Normalizer.Form.NFC)
                        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
                for (Thesaurus.Entry topic : topics)
                    if (mentions(name, topic)) {
                        documentsOf.computeIfAbsent(topic, k -> new HashSet<>()).add(doc);
                        indicatorsOf.merge(topic, 1, Integer::sum);
                    }
            });
        }
        return documentsOf.entrySet().stream()
                .filter(e -> e.getValue().size() >= MIN_DOCUMENTS)
                .sorted(Comparator.comparingInt((Map.Entry<Thesaurus.Entry, Set<String>> e) -> -e.getValue().size())
                        .thenComparingInt(e -> -indicatorsOf.get(e.getKey()))
                        .thenComparingInt(e -> -e.getKey().prefLabel().length())
                        .thenComparing(e -> e.getKey().prefLabel()))
                .limit(COMPARISONS)
                .map(e -> new Phrase(e.getKey().prefLabel(), e.getValue().size()))
                .toList();
    }

    /** The name (lower case, words between single spaces, padded) contains the topic's label or a variant as words. */
    private static boolean mentions(String name, Thesaurus.Entry topic) {
        List<String> forms = new ArrayList<>(topic.altLabels());
        forms.add(topic.prefLabel());
        forms.addAll(topic.abbreviations());
        return forms.stream().map(f -> " " + Normalizer.normalize(f, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ").anyMatch(f -> f.length() > 2 && name.contains(f));
    }
}
