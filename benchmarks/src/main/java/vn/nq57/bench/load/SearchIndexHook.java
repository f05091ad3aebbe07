package vn.nq57.bench.load;

import vn.nq57.loader.store.GraphStore;

import java.nio.file.Path;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Builds our search index over a loaded store, so the load benchmark can time it. The index lives in
 * search-service ({@code vn.nq57.search.index}); an implementation is found with {@link ServiceLoader} from the
 * classpath (META-INF/services/vn.nq57.bench.load.SearchIndexHook). Until one is there the load benchmark
 * measures the store only and says so; the service's own first start (http benchmark) builds both.
 */
public interface SearchIndexHook {
    /** Builds (or rebuilds) the index of everything in {@code store} into {@code directory}; returns documents indexed. */
    long build(GraphStore store, Path directory);

    static Optional<SearchIndexHook> find() {
        return ServiceLoader.load(SearchIndexHook.class).findFirst();
    }
}
