package vn.nq57.ontology;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.RDF;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A typed view of the SKOS thesaurus ({@code nq57-thesaurus.ttl}) for query expansion: one {@link Entry} per concept
 * that has a Vietnamese preferred label.
 */
public final class Thesaurus {
    private Thesaurus() {}

    /** Namespace of the thesaurus concepts. */
    public static final String NS = "https://w3id.org/nq57/thesaurus/";
    /** The concept scheme. */
    public static final String SCHEME = "https://w3id.org/nq57/thesaurus";

    private static final Property PREF_LABEL = skos("prefLabel");
    private static final Property ALT_LABEL = skos("altLabel");
    private static final Property HIDDEN_LABEL = skos("hiddenLabel");
    private static final Resource CONCEPT = ResourceFactory.createResource(Vocab.SKOS + "Concept");

    /**
     * One concept.
     *
     * @param conceptIri    the concept
     * @param prefLabel     its expansion, the Vietnamese skos:prefLabel, verbatim NFC
     * @param altLabels     spelling variants (skos:altLabel, then skos:hiddenLabel: misspelt or Đ-less forms),
     *                      abbreviations excluded
     * @param abbreviations the abbreviations ({@code nq:abbreviation}) that expand to {@code prefLabel}; each
     *                      abbreviation belongs to exactly one concept
     */
    public record Entry(String conceptIri, String prefLabel, List<String> altLabels, List<String> abbreviations) {
        public Entry {
            altLabels = List.copyOf(altLabels);
            abbreviations = List.copyOf(abbreviations);
        }
    }

    private static volatile List<Entry> packaged;

    /** The entries of the packaged thesaurus, ordered by concept IRI; read once. */
    public static List<Entry> entries() {
        List<Entry> result = packaged;
        if (result == null) {
            result = entries(Ontology.thesaurus());
            packaged = result;
        }
        return result;
    }

    /** The entries of any SKOS model that uses the same labelling (e.g. a thesaurus extended by a deployment). */
    public static List<Entry> entries(Model thesaurus) {
        List<Entry> entries = new ArrayList<>();
        for (Resource concept : thesaurus.listSubjectsWithProperty(RDF.type, CONCEPT).toList()) {
            if (!concept.isURIResource()) continue;
            List<String> pref = vietnamese(concept, PREF_LABEL);
            if (pref.isEmpty()) continue;
            List<String> abbreviations = vietnamese(concept, NQ.abbreviation);
            Set<String> variants = new LinkedHashSet<>(vietnamese(concept, ALT_LABEL));
            variants.addAll(vietnamese(concept, HIDDEN_LABEL));
            // A model read with RDFS inference would repeat abbreviations as altLabels: keep the two apart.
            abbreviations.forEach(variants::remove);
            entries.add(new Entry(concept.getURI(), pref.get(0), new ArrayList<>(variants), abbreviations));
        }
        entries.sort(Comparator.comparing(Entry::conceptIri));
        return List.copyOf(entries);
    }

    /** Lexical forms of the @vi (or untagged) literals of a property, sorted for a stable order. */
    private static List<String> vietnamese(Resource subject, Property property) {
        List<String> values = new ArrayList<>();
        for (RDFNode node : subject.listProperties(property).mapWith(s -> s.getObject()).toList()) {
            if (!node.isLiteral()) continue;
            Literal literal = node.asLiteral();
            String lang = literal.getLanguage();
            if (lang.isEmpty() || lang.equalsIgnoreCase("vi")) values.add(literal.getLexicalForm());
        }
        values.sort(Comparator.naturalOrder());
        return values;
    }

    private static Property skos(String local) {
        return ResourceFactory.createProperty(Vocab.SKOS + local);
    }
}
