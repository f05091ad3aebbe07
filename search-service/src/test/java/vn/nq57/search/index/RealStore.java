package vn.nq57.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.nq57.loader.Loader;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.store.GraphStore;

/** A TDB2 store on disk loaded with the real source documents, built once per test run. */
final class RealStore {

  static final Path ROOT = Path.of(System.getProperty("nq57.root", "..")).toAbsolutePath().normalize();
  static final Path SOURCES = ROOT.resolve("data/sources");

  private static GraphStore store;

  private RealStore() {}

  static synchronized GraphStore get() {
    if (store == null) {
      store = load(SOURCES);
    }
    return store;
  }

  /** A fresh store in a temporary folder, loaded from {@code sources}. */
  static GraphStore load(Path... sources) {
    try {
      GraphStore fresh = GraphStore.open(Files.createTempDirectory("nq57-index-store-"));
      new Loader(m -> {}).load(fresh, List.of(sources));
      return fresh;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SourceException e) {
      throw new IllegalStateException(e);
    }
  }
}
