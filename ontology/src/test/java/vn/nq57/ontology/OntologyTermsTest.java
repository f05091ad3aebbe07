package vn.nq57.ontology;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** nq57.ttl declares every term of {@link NQ}, in Vietnamese and English, aligned with the reused vocabularies. */
class OntologyTermsTest {
    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = Ontology.ontology();
    }

    /** Every Resource/Property constant of NQ, found by reflection so a term added later is checked too. */
    static List<Resource> nqTerms() throws IllegalAccessException {
        List<Resource> terms = new ArrayList<>();
        for (Field field : NQ.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                terms.add((Resource) field.get(null));
            }
        }
        return terms;
    }

    @Test
    void everyTermIsDeclaredWithLabelsAndCommentsInBothLanguages() throws IllegalAccessException {
        List<Resource> terms = nqTerms();
        assertTrue(terms.size() >= 80, "found only " + terms.size() + " terms in NQ");
        List<String> problems = new ArrayList<>();
        for (Resource term : terms) {
            Resource t = ontology.getResource(term.getURI());
            if (!t.hasProperty(RDF.type)) problems.add(term + " has no rdf:type");
            for (Property p : List.of(RDFS.label, RDFS.comment)) {
                Set<String> langs = languages(t, p);
                if (!langs.containsAll(Set.of("vi", "en"))) problems.add(term + " " + p.getLocalName() + " in " + langs);
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Every property the shapes check, ours or reused (eli:, dcterms:, org:), has a label in both languages: the
     * pages name a document's fields by these labels, never by a term's local name ("Replaces"). */
    @Test
    void everyPropertyTheShapesCheckHasLabelsInBothLanguages() {
        Model shapes = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(Ontology.graph(Ontology.SHAPES_RESOURCE));
        Property path = shapes.createProperty("http://www.w3.org/ns/shacl#path");
        Property alternatives = shapes.createProperty("http://www.w3.org/ns/shacl#alternativePath");
        Set<Resource> properties = new java.util.TreeSet<>(java.util.Comparator.comparing(Resource::getURI));
        shapes.listObjectsOfProperty(path).forEach(o -> {
            if (o.isURIResource()) properties.add(o.asResource());
            else if (o.asResource().hasProperty(alternatives))
                o.asResource().getPropertyResourceValue(alternatives).as(org.apache.jena.rdf.model.RDFList.class)
                        .iterator().forEach(p -> { if (p.isURIResource()) properties.add(p.asResource()); });
        });
        properties.remove(RDF.type);
        assertTrue(properties.size() >= 30, "found only " + properties.size() + " properties in the shapes");
        List<String> problems = new ArrayList<>();
        for (Resource p : properties) {
            Set<String> langs = languages(ontology.getResource(p.getURI()), RDFS.label);
            if (!langs.containsAll(Set.of("vi", "en"))) problems.add(p + " label in " + langs);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void propertiesAreTypedAndClassesAreClasses() throws IllegalAccessException {
        for (Resource term : nqTerms()) {
            Resource t = ontology.getResource(term.getURI());
            if (term instanceof Property) {
                assertTrue(t.hasProperty(RDF.type, OWL.ObjectProperty) || t.hasProperty(RDF.type, OWL.DatatypeProperty),
                        term + " is neither an object nor a datatype property");
            }
        }
    }

    @Test
    void alignsWithReusedVocabularies() {
        assertSubClass(NQ.PolicyDocument, Vocab.ELI + "LegalResource");
        assertSubClass(NQ.PolicyDocument, Vocab.PROV + "Entity");
        for (Resource kind : List.of(NQ.Resolution, NQ.ActionProgramme, NQ.Plan, NQ.Notice, NQ.Decision, NQ.Regulation,
                NQ.Scheme, NQ.OfficialLetter, NQ.Submission, NQ.Decree, NQ.Directive, NQ.Law, NQ.Appendix,
                NQ.Report, NQ.Circular, NQ.Guidance, NQ.Telegram)) {
            assertSubClass(kind, NQ.PolicyDocument.getURI());
        }
        assertSubClass(NQ.Unit, Vocab.ORG + "Organization");
        assertSubClass(NQ.Unit, "http://data.europa.eu/m8g/PublicOrganisation");
        assertSubClass(NQ.Post, Vocab.ORG + "Post");
        assertSubClass(NQ.IndicatorTarget, Vocab.SCHEMA + "QuantitativeValue");
        assertSubClass(NQ.Deadline, Vocab.TIME + "TemporalEntity");
        assertTrue(ontology.contains(NQ.derivesFrom, RDFS.subPropertyOf, Vocab.provWasDerivedFrom));
        assertTrue(ontology.contains(NQ.derivesFrom, RDF.type, OWL.TransitiveProperty));
        assertTrue(ontology.contains(NQ.citesDocument, RDFS.subPropertyOf, ResourceFactory.createResource(Vocab.DCTERMS + "references")));
    }

    @Test
    void levelsAndDeadlineKindsAreConceptSchemes() {
        Resource scheme = ResourceFactory.createResource(Vocab.SKOS + "ConceptScheme");
        Property inScheme = ResourceFactory.createProperty(Vocab.SKOS + "inScheme");
        Property prefLabel = ResourceFactory.createProperty(Vocab.SKOS + "prefLabel");
        assertTrue(ontology.contains(NQ.Levels, RDF.type, scheme));
        assertTrue(ontology.contains(NQ.DeadlineKinds, RDF.type, scheme));
        for (Resource level : List.of(NQ.LevelCentral, NQ.LevelMinistry, NQ.LevelProvince, NQ.LevelDistrict, NQ.LevelCommune)) {
            assertTrue(ontology.contains(level, inScheme, NQ.Levels), level.toString());
            assertEquals(Set.of("vi", "en"), languages(ontology.getResource(level.getURI()), prefLabel), level.toString());
        }
        for (Resource kind : List.of(NQ.DeadlineDate, NQ.DeadlineMonth, NQ.DeadlineQuarter, NQ.DeadlineYear, NQ.DeadlineRange,
                NQ.DeadlineRecurring, NQ.DeadlineConditional, NQ.DeadlineUnknown)) {
            assertTrue(ontology.contains(kind, inScheme, NQ.DeadlineKinds), kind.toString());
            assertEquals(Set.of("vi", "en"), languages(ontology.getResource(kind.getURI()), prefLabel), kind.toString());
        }
        // Districts ended on 1 July 2025: the level records its last day.
        Literal until = ontology.getRequiredProperty(NQ.LevelDistrict, NQ.validUntil).getLiteral();
        assertEquals("2025-06-30", until.getLexicalForm());
        assertEquals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDdate.getURI(), until.getDatatypeURI());
    }

    private void assertSubClass(Resource sub, String superIri) {
        assertTrue(ontology.contains(sub, RDFS.subClassOf, ResourceFactory.createResource(superIri)), sub + " ⊑ " + superIri);
    }

    private static Set<String> languages(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream()
                .map(s -> s.getObject())
                .filter(RDFNode::isLiteral)
                .map(n -> n.asLiteral().getLanguage())
                .collect(Collectors.toSet());
    }
}
