package vn.nq57.ontology;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Shared test data: the hand-written loader output for the Tân Lợi plan, and where the repository is. */
final class Fixtures {
    private Fixtures() {}

    static final String TAN_LOI = "/tan-loi-plan.ttl";

    static final String PLAN = NQ.ID + "doc/ubnd-xa-tan-loi/2026/001-624e61ed64e861df";
    static final String APPENDIX = PLAN + "/appendix/1";
    static final String TASK_INFRASTRUCTURE = APPENDIX + "/task/3";
    static final String TASK_SCHEME = APPENDIX + "/task/14";
    static final String INDICATOR_5G = PLAN + "/indicator/1";

    /** A fresh copy of the Tân Lợi graph, parsed strictly. */
    static Graph tanLoi() {
        return parseStrict(TAN_LOI);
    }

    static Graph parseStrict(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            RDFParser.create().source(in).lang(Lang.TURTLE)
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).strict(true).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    static Path root() {
        return Path.of(System.getProperty("nq57.root", "..")).toAbsolutePath().normalize();
    }
}
