package vn.nq57.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.Loader;
import vn.nq57.loader.store.GraphStore;

/**
 * A start reads the store's fingerprint from the record the writers keep in the store instead of counting it, and
 * still tells every store that differs from its index: one the loader changed while the service was stopped (as
 * {@code ./nq57 load} does), and another store altogether. A store of an older build, without a record, is counted,
 * recorded and, when it is the index's store, keeps its index.
 */
class IndexAgainstRecordedStoreTest {

  @TempDir
  Path tmp;

  private List<Path> sources() throws Exception {
    try (Stream<Path> files = Files.list(RealStore.SOURCES)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** A store on disk in {@code name}, loaded with {@code files}, closed again (as a stopped service leaves it). */
  private Path store(String name, List<Path> files) throws Exception {
    Path dir = tmp.resolve(name);
    Path folder = Files.createDirectories(tmp.resolve(name + "-sources"));
    for (Path f : files) {
      Files.copy(f, folder.resolve(f.getFileName()));
    }
    GraphStore store = GraphStore.open(dir);
    try {
      new Loader(m -> {}).load(store, List.of(folder));
    } finally {
      release(store);
    }
    return dir;
  }

  /** Opens {@code storeDir}'s index in {@code indexDir} as a start does; returns the generation in use. */
  private static Path start(Path storeDir, Path indexDir) {
    GraphStore store = GraphStore.open(storeDir);
    try (SearchIndex index = SearchIndex.build(store.dataset(), indexDir)) {
      assertTrue(index.matches(store.dataset()), "after the start the index is the store's (counted in full)");
      return index.currentFolder();
    } finally {
      release(store);
    }
  }

  /** Closes {@code store} and releases its folder, as a stopped process does. */
  private static void release(GraphStore store) {
    store.close();
    TDBInternal.expel(store.dataset().asDatasetGraph());
  }

  @Test
  void aStoreTheLoaderChangedWhileStoppedGetsItsIndexRebuilt() throws Exception {
    List<Path> all = sources();
    Path storeDir = store("tdb2", all.subList(0, 2));
    Path indexDir = tmp.resolve("lucene");
    Path built = start(storeDir, indexDir);
    assertEquals(built, start(storeDir, indexDir), "an unchanged store keeps its index");

    // ./nq57 load into the stopped store
    Path more = Files.createDirectories(tmp.resolve("more"));
    Files.copy(all.get(2), more.resolve(all.get(2).getFileName()));
    GraphStore loading = GraphStore.open(storeDir);
    try {
      new Loader(m -> {}).load(loading, List.of(more));
    } finally {
      release(loading);
    }
    assertNotEquals(built, start(storeDir, indexDir), "the changed store gets a new index");
  }

  @Test
  void anIndexBuiltFromAnotherStoreIsRebuilt() throws Exception {
    List<Path> all = sources();
    Path one = store("one", all.subList(0, 1));
    Path other = store("other", all.subList(1, 2));
    Path indexDir = tmp.resolve("lucene");
    Path builtForOne = start(one, indexDir);
    Path builtForOther = start(other, indexDir);
    assertNotEquals(builtForOne, builtForOther, "the other store's content differs from the index");
  }

  @Test
  void aStoreWithoutARecordIsCountedRecordedAndKeepsItsIndex() throws Exception {
    Path storeDir = store("tdb2", sources().subList(0, 2));
    Path indexDir = tmp.resolve("lucene");
    Path built = start(storeDir, indexDir);
    // What an older build leaves: the same data, no record in the default graph.
    GraphStore older = GraphStore.open(storeDir);
    try {
      Txn.executeWrite(older.dataset(), () -> older.dataset().asDatasetGraph()
          .deleteAny(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY));
      assertTrue(Txn.calculateRead(older.dataset(),
          () -> StoreFingerprint.recordedIn(older.dataset().asDatasetGraph())).isEmpty());
    } finally {
      release(older);
    }
    assertEquals(built, start(storeDir, indexDir), "counted, the store is the index's: no rebuild");
    GraphStore again = GraphStore.open(storeDir);
    try {
      assertEquals(StoreFingerprint.of(again.dataset()), Txn.calculateRead(again.dataset(),
          () -> StoreFingerprint.recordedIn(again.dataset().asDatasetGraph())).orElseThrow(), "and recorded");
    } finally {
      release(again);
    }
  }
}
