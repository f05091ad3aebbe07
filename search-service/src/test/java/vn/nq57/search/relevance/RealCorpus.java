package vn.nq57.search.relevance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import vn.nq57.loader.Loader;
import vn.nq57.loader.read.SourceException;
import vn.nq57.search.index.SearchIndex;

/**
 * The real documents of {@code data/sources}, loaded into a store and indexed by the service's {@link SearchIndex};
 * the entities the index holds, with their searchable text, are the corpus every engine indexes.
 */
final class RealCorpus implements AutoCloseable {

  private final SearchIndex index;
  private final List<CorpusEntity> entities;

  private RealCorpus(SearchIndex index) {
    this.index = index;
    this.entities = index.entities().stream()
        .map(e -> new CorpusEntity(e.id(), e.type().label(), e.name(), e.text()))
        .toList();
  }

  /** Loads {@code root/data/sources} and builds the search index in {@code indexDir}. */
  static RealCorpus load(Path root, Path indexDir) throws SourceException, IOException {
    Dataset store = DatasetFactory.wrap(new Loader(message -> {}).parse(List.of(root.resolve("data/sources"))).dataset());
    Files.createDirectories(indexDir);
    return new RealCorpus(SearchIndex.build(store, indexDir));
  }

  /** The repository root, as surefire passes it. */
  static Path repositoryRoot() {
    return Path.of(System.getProperty("nq57.root", "..")).toAbsolutePath().normalize();
  }

  SearchIndex index() {
    return index;
  }

  List<CorpusEntity> entities() {
    return entities;
  }

  @Override
  public void close() {
    index.close();
  }
}
