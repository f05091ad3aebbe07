package vn.nq57.ontology;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.Shapes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every shipped Turtle file parses under RIOT's strict mode and holds what its accessor promises. */
class TurtleFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {Ontology.ONTOLOGY_RESOURCE, Ontology.SHAPES_RESOURCE, Ontology.THESAURUS_RESOURCE, Fixtures.TAN_LOI})
    void parsesStrictly(String resource) {
        // Ontology.graph and Fixtures.parseStrict both turn warnings into errors.
        assertFalse(Fixtures.parseStrict(resource).isEmpty(), resource);
    }

    @Test
    void accessorsReturnTheirFiles() {
        Model ontology = Ontology.ontology();
        assertTrue(ontology.contains(NQ.Task, org.apache.jena.vocabulary.RDF.type, org.apache.jena.vocabulary.OWL.Class));
        Shapes shapes = Ontology.shapes();
        assertTrue(shapes.numRootShapes() >= 10, "root shapes: " + shapes.numRootShapes());
        Model thesaurus = Ontology.thesaurus();
        assertTrue(thesaurus.contains(null, NQ.abbreviation, thesaurus.createLiteral("ATTT", "vi")));
    }

    @Test
    void eachCallReturnsAnIndependentCopy() {
        Model first = Ontology.ontology();
        first.removeAll();
        assertFalse(Ontology.ontology().isEmpty());
    }
}
