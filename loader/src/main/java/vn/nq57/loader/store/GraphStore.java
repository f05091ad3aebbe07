package vn.nq57.loader.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * The embedded TDB2 store: one named graph per source document. Every change is one write transaction, so a
 * load that fails half way leaves the store exactly as it was.
 */
public final class GraphStore implements AutoCloseable {
    private final Path directory;
    private final Dataset dataset;

    private GraphStore(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    public static GraphStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store directory " + directory, e);
        }
        Dataset dataset = TDB2Factory.connectDataset(directory.toString());
        // Queries see the union of the document graphs as their default graph, as the SPARQL endpoint does.
        dataset.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        return new GraphStore(directory, dataset);
    }

    public Path directory() { return directory; }

    public Dataset dataset() { return dataset; }

    /**
     * Replaces, in one transaction, every named graph present in {@code loaded} by its new content. Loading the same
     * document again therefore gives the same triples, never duplicates. If {@code beforeCommit} throws, nothing changes.
     */
    public void replaceGraphs(DatasetGraph loaded, Runnable beforeCommit) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph target = dataset.asDatasetGraph();
            for (Iterator<org.apache.jena.graph.Node> names = loaded.listGraphNodes(); names.hasNext(); ) {
                org.apache.jena.graph.Node name = names.next();
                target.deleteAny(name, null, null, null);
            }
            for (Iterator<Quad> quads = loaded.find(); quads.hasNext(); ) {
                Quad q = quads.next();
                if (!q.isDefaultGraph()) target.add(q);
            }
            beforeCommit.run();
        });
    }

    /** Number of quads in the named graphs, for reports. */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            for (Iterator<Quad> it = dataset.asDatasetGraph().find(); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    @Override
    public void close() {
        dataset.close();
    }
}
