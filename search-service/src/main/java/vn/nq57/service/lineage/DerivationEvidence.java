package vn.nq57.service.lineage;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import vn.nq57.ontology.NQ;
import vn.nq57.ontology.Vocab;
import vn.nq57.service.entity.EntityReader;
import vn.nq57.service.entity.Refs.SourceText;

import java.util.Comparator;
import java.util.function.Predicate;

/**
 * The source text that states a derivation step, so an auditor sees the words that make a document derive from the
 * one above it: the {@code nq:Citation} of that step (its verbatim quote, file and lines), else, for an appendix, its
 * own heading (an appendix is part of its plan by being printed in it).
 */
final class DerivationEvidence {
    private DerivationEvidence() {}

    /**
     * The evidence that {@code from} relates to {@code to} by {@code relation}: a citation of that relation, else any
     * citation of the pair, else for {@code eli:is_part_of} the part's own text; null when no source states it.
     */
    static SourceText of(Resource from, Property relation, Resource to) {
        Resource citation = citation(from, to, relation);
        return citation != null ? EntityReader.source(citation)
                : relation.equals(Vocab.eliIsPartOf) ? EntityReader.source(from) : null;
    }

    /**
     * The evidence of {@code document}'s first derivation step (in {@link DerivationSteps#RELATIONS} order, then by
     * IRI) to a document {@code towards} accepts and {@code document} derives from ({@code nq:derivesFrom}); null
     * when it has no such step or no source states it.
     */
    static SourceText towards(Resource document, Predicate<Node> towards) {
        for (Property relation : DerivationSteps.RELATIONS) {
            var targets = EntityReader.resources(document, relation)
                    .filter(to -> towards.test(to.asNode()) && document.hasProperty(NQ.derivesFrom, to))
                    .sorted(Comparator.comparing(Resource::getURI)).toList();
            for (Resource to : targets) {
                SourceText evidence = of(document, relation, to);
                if (evidence != null) return evidence;
            }
        }
        return null;
    }

    /**
     * The citation stating that {@code from} relates to {@code to}: of the same relation if any, the one in
     * {@code from}'s own file first (a document speaking of itself), then by file and line.
     */
    private static Resource citation(Resource from, Resource to, Property relation) {
        Model model = from.getModel();
        String ownFile = EntityReader.fileName(from);
        Comparator<Resource> order = Comparator
                .comparing((Resource c) -> !c.hasProperty(NQ.relation, relation))
                .thenComparing(c -> ownFile == null || !ownFile.equals(EntityReader.fileName(c)))
                .thenComparing(c -> String.valueOf(EntityReader.fileName(c)))
                .thenComparing(c -> {
                    Integer line = EntityReader.integer(c, NQ.lineStart);
                    return line == null ? Integer.MAX_VALUE : line;
                });
        return model.listResourcesWithProperty(NQ.citingDocument, from).toList().stream()
                .filter(c -> c.hasProperty(NQ.citedDocument, to))
                .min(order).orElse(null);
    }
}
