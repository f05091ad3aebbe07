package vn.nq57.service.entity;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import vn.nq57.ontology.Ontology;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names people read for the ontology's terms: the {@code rdfs:label @vi} and {@code @en} of every class,
 * property and concept of {@code nq57.ttl} (reused ELI, DCTERMS, SKOS, ORG and schema.org terms included), read
 * once from the classpath. Pages show these, never a term's local name.
 */
public final class TermLabels {
    private static final Model ONTOLOGY = Ontology.ontology();
    private static final Map<String, Label> LABELS = read(ONTOLOGY);

    private TermLabels() {}

    /** A name in Vietnamese and in English; either may be null when the ontology gives none in that language. */
    public record Label(String vi, String en) {}

    /** The labels of the term with this IRI, if the ontology names it. */
    public static Optional<Label> of(String iri) {
        return Optional.ofNullable(iri == null ? null : LABELS.get(iri));
    }

    public static Optional<Label> of(Resource term) {
        return term != null && term.isURIResource() ? of(term.getURI()) : Optional.empty();
    }

    /** The labels of the most specific of these classes that has labels (a Plan before a PolicyDocument). */
    public static Optional<Label> mostSpecific(List<Resource> classes, Model ontology) {
        return classes.stream()
                .filter(c -> classes.stream().noneMatch(other -> !other.equals(c)
                        && ontology.contains(ontology.createResource(other.getURI()), RDFS.subClassOf, ontology.createResource(c.getURI()))))
                .map(TermLabels::of).flatMap(Optional::stream).findFirst()
                .or(() -> classes.stream().map(TermLabels::of).flatMap(Optional::stream).findFirst());
    }

    /** The ontology model the labels came from (for subclass checks). */
    public static Model ontology() {
        return ONTOLOGY;
    }

    private static Map<String, Label> read(Model ontology) {
        Map<String, Label> labels = new HashMap<>();
        for (Resource term : ontology.listSubjectsWithProperty(RDFS.label).toList()) {
            if (!term.isURIResource()) continue;
            String vi = null, en = null;
            for (Statement s : term.listProperties(RDFS.label).toList()) {
                RDFNode o = s.getObject();
                if (!o.isLiteral()) continue;
                Literal l = o.asLiteral();
                if (l.getLanguage().equals("vi")) vi = l.getLexicalForm();
                else if (l.getLanguage().equals("en")) en = l.getLexicalForm();
            }
            labels.put(term.getURI(), new Label(vi, en));
        }
        return Map.copyOf(labels);
    }
}
