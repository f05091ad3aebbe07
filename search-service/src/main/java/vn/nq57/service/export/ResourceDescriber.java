package vn.nq57.service.export;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import vn.nq57.ontology.Vocab;

import java.util.Collection;
import java.util.List;

/**
 * The RDF description of a set of resources: SPARQL DESCRIBE over the store, whose Jena handler gives each
 * resource's concise bounded description (its triples, and the blank nodes under them, followed).
 */
final class ResourceDescriber {
    private static final Var RESOURCE = Var.alloc("resource");

    private ResourceDescriber() {}

    static Model describe(Dataset dataset, Collection<String> iris) {
        List<Binding> bindings = iris.stream()
                .filter(IRIs::check)
                .map(iri -> Binding.builder().add(RESOURCE, NodeFactory.createURI(iri)).build())
                .toList();
        Query query = QueryFactory.create("DESCRIBE ?resource WHERE {}");
        query.setValuesDataBlock(List.of(RESOURCE), bindings);
        Model model = Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
                return execution.execDescribe();
            }
        });
        model.setNsPrefixes(Vocab.PREFIXES);
        return model;
    }
}
