package vn.nq57.service.lineage;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.ResourceFactory;
import vn.nq57.ontology.Vocab;

import java.util.List;

/**
 * The direct relations {@code nq:derivesFrom} is the transitive closure of (ontology, {@code nq:derivesFrom}):
 * a document is based on, applies, is part of or amends the document above it. {@code eli:cites} is not one:
 * naming a document is not deriving from it.
 */
final class DerivationSteps {
    private DerivationSteps() {}

    static final Property AMENDS = ResourceFactory.createProperty(Vocab.ELI, "amends");

    static final List<Property> RELATIONS = List.of(Vocab.eliBasedOn, Vocab.eliApplies, Vocab.eliIsPartOf, AMENDS);
}
