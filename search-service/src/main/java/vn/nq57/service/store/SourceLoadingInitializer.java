package vn.nq57.service.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nq57.loader.Loader;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.report.LoadReport;
import vn.nq57.loader.store.GraphStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * On first start, builds the TDB2 store from the source documents with the loader; on later starts the store
 * exists and is opened as it is, in seconds.
 */
public final class SourceLoadingInitializer implements StoreInitializer {
    private static final Logger log = LoggerFactory.getLogger(SourceLoadingInitializer.class);

    private final Path sources;

    public SourceLoadingInitializer(Path sources) {
        this.sources = sources;
    }

    @Override
    public void ensureBuilt(Path storeDir) {
        if (hasContent(storeDir)) {
            log.info("store {} exists; opening it", storeDir);
            return;
        }
        log.info("no store at {}: loading the documents of {}", storeDir, sources);
        long started = System.nanoTime();
        try (GraphStore store = GraphStore.open(storeDir)) {
            LoadReport report = new Loader(message -> log.info("load: {}", message)).load(store, List.of(sources));
            log.info("store built in {} ms: {} documents, {} tasks, {} indicators, SHACL {}",
                    (System.nanoTime() - started) / 1_000_000, report.documents().size(), report.tasks(),
                    report.indicators(), report.conforms() ? "conforms" : report.violations().size() + " violations");
        } catch (SourceException e) {
            throw new IllegalStateException("cannot build the store from " + sources + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasContent(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }
}
