package vn.nq57.ontology;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The ontology, SHACL shapes and SKOS thesaurus packaged in this module, read from the classpath.
 * Each call parses afresh and returns a graph the caller owns and may change; the files are small.
 */
public final class Ontology {
    private Ontology() {}

    /** Classpath locations, also usable by tools that read the files themselves. */
    public static final String ONTOLOGY_RESOURCE = "/ontology/nq57.ttl";
    public static final String SHAPES_RESOURCE = "/ontology/nq57-shapes.ttl";
    public static final String THESAURUS_RESOURCE = "/ontology/nq57-thesaurus.ttl";

    /** The OWL ontology (classes, properties, level and deadline-kind concept schemes). */
    public static Model ontology() {
        return ModelFactory.createModelForGraph(graph(ONTOLOGY_RESOURCE));
    }

    /** The SHACL shapes a loaded graph must conform to. */
    public static Shapes shapes() {
        return Shapes.parse(graph(SHAPES_RESOURCE));
    }

    /** The SKOS thesaurus of abbreviations, spelling variants and topics; see {@link Thesaurus} for a typed view. */
    public static Model thesaurus() {
        return ModelFactory.createModelForGraph(graph(THESAURUS_RESOURCE));
    }

    /**
     * Parses one packaged Turtle file. Strict: a warning (bad language tag, ill-formed literal) is an error,
     * so a typo in a shipped file fails the first test that loads it rather than producing a quietly wrong graph.
     */
    public static Graph graph(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("Not on the classpath: " + resource);
            RDFParser.create()
                    .source(in)
                    .lang(Lang.TURTLE)
                    .base("https://w3id.org/nq57/")
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging)
                    .strict(true)
                    .parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }
}
