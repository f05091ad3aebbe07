package vn.nq57.service.entity;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import vn.nq57.loader.Loader;
import vn.nq57.ontology.Vocab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The real source documents parsed by the loader into an in-memory dataset, once per test run, for tests of the
 * services without HTTP. Queries here are the tests' own, independent of the code under test.
 */
public final class RealGraph {
    private RealGraph() {}

    public static final Path ROOT = Path.of(System.getProperty("nq57.root", "..")).toAbsolutePath().normalize();
    public static final String PREFIXES = Vocab.PREFIXES.entrySet().stream()
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n").collect(Collectors.joining());

    private static Dataset dataset;

    public static synchronized Dataset dataset() {
        if (dataset == null) {
            try {
                dataset = DatasetFactory.wrap(new Loader().parse(List.of(ROOT.resolve("data/sources"))).dataset());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return dataset;
    }

    /** Runs a SELECT over the union of the documents' graphs. */
    public static List<QuerySolution> select(String query) {
        Dataset ds = dataset();
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.model(ds.getUnionModel()).query(PREFIXES + query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    /** The one IRI a query's first variable binds, failing unless exactly one row answers. */
    public static String single(String query) {
        List<QuerySolution> rows = select(query);
        if (rows.size() != 1) throw new AssertionError("expected one row, got " + rows.size() + " for " + query);
        QuerySolution row = rows.getFirst();
        return row.getResource(row.varNames().next()).getURI();
    }
}
