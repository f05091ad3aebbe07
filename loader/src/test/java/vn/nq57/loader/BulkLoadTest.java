package vn.nq57.loader;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.nq57.loader.report.LoadReport;
import vn.nq57.loader.store.GraphStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A first build with Jena's TDB2 bulk loader stores exactly the quads the transactional load stores (same graphs,
 * same terms, same Vietnamese literals with their tags), and it refuses a store that already holds data, which only
 * the transactional load may change.
 */
class BulkLoadTest {
    @TempDir
    Path dir;

    private Path sources() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("sources"));
        try (var files = Files.list(RealDocuments.sources())) {
            for (Path f : files.sorted().toList()) Files.copy(f, folder.resolve(f.getFileName()));
        }
        return folder;
    }

    @ParameterizedTest
    @EnumSource(GraphStore.BulkLoader.class)
    void aBulkLoadedStoreHoldsTheQuadsOfATransactionalLoad(GraphStore.BulkLoader kind) throws Exception {
        Path sources = sources();
        Set<String> transactional;
        LoadReport expected;
        try (GraphStore store = GraphStore.open(dir.resolve("tx"))) {
            expected = new Loader(m -> {}, 2).load(store, List.of(sources));
            transactional = StoreQuads.of(store);
        }
        Set<String> bulk;
        LoadReport report;
        try (GraphStore store = GraphStore.open(dir.resolve("bulk"))) {
            report = new Loader(m -> {}, 2).loadFresh(store, List.of(sources), kind);
            bulk = StoreQuads.of(store);
            assertEquals(transactional.size(), store.size(), "no duplicate quads");
            assertEquals(expected.documents().size(), store.documents().size(), "every document listed by the store");
        }
        assertTrue(transactional.size() > 1000, "the real documents give a real graph");
        assertEquals(transactional, bulk, "same quads, graph by graph");
        assertEquals(expected.documents(), report.documents(), "same per-document report");
        // the store is durable: opened again it holds the same quads
        org.apache.jena.tdb2.sys.TDBInternal.expel(
                org.apache.jena.tdb2.TDB2Factory.connectDataset(dir.resolve("bulk").toString()).asDatasetGraph());
        try (GraphStore again = GraphStore.open(dir.resolve("bulk"))) {
            assertEquals(transactional, StoreQuads.of(again));
        }
    }

    @Test
    void theBulkLoaderRefusesAStoreThatHoldsData() throws Exception {
        Path one = Files.createDirectories(dir.resolve("one"));
        Files.copy(RealDocuments.file("000"), one.resolve(RealDocuments.file("000").getFileName()));
        Path two = Files.createDirectories(dir.resolve("two"));
        Files.copy(RealDocuments.file("001"), two.resolve(RealDocuments.file("001").getFileName()));
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            new Loader(m -> {}, 1).load(store, List.of(one));
            Set<String> before = StoreQuads.of(store);
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new Loader(m -> {}, 1).loadFresh(store, List.of(two), GraphStore.BulkLoader.PHASED));
            assertTrue(e.getMessage().contains("holds data"), e.getMessage());
            assertEquals(before, StoreQuads.of(store), "the store is as it was");
        }
    }
}
