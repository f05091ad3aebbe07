package vn.nq57.service.store;

import jakarta.annotation.PreDestroy;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/**
 * The service's one TDB2 dataset. The loader writes one named graph per source document; the default graph is
 * their union ({@link TDB2#symUnionDefaultGraph}) so queries see everything without {@code GRAPH ?g}.
 */
@Component
public class DatasetHolder {
    private static final Logger log = LoggerFactory.getLogger(DatasetHolder.class);

    private final Path directory;
    private final Dataset dataset;

    public DatasetHolder(StoreProperties properties, ObjectProvider<StoreInitializer> initializers) {
        this.directory = properties.dir().toAbsolutePath().normalize();
        // Every initializer runs: the no-op default is harmless next to a real one, whatever the bean order.
        initializers.orderedStream().forEach(initializer -> initializer.ensureBuilt(directory));
        this.dataset = TDB2Factory.connectDataset(directory.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        log.info("TDB2 store opened at {}", directory);
    }

    public Dataset dataset() {
        return dataset;
    }

    public Path directory() {
        return directory;
    }

    /** Releases the store's directory lock, so another process (or a test's next context) can open it. */
    @PreDestroy
    void close() {
        TDBInternal.expel(dataset.asDatasetGraph());
    }
}
