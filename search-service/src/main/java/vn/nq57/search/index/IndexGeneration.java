package vn.nq57.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One built index, open for searching: its folder, reader, searcher and facet state. A generation is never written
 * again once built; a rebuild makes a new one beside it. Searches hold a reference ({@link #tryAcquire}) so a
 * generation replaced mid-search is closed, and its folder deleted, only when the last search lets it go.
 */
final class IndexGeneration {

  private static final java.util.concurrent.atomic.AtomicLong OPENED = new java.util.concurrent.atomic.AtomicLong();

  /** Unique among the generations this JVM opened: what cached answers are keyed by. */
  final long id = OPENED.incrementAndGet();
  final Path folder;
  final String fingerprint;
  final DirectoryReader reader;
  final IndexSearcher searcher;
  /** {@code null} when no entity carries a facet (an empty store): Lucene has no facet field to read then. */
  final SortedSetDocValuesReaderState facetState;
  /** Facet labels of IRIs (documents, units) looked up so far; a generation never changes, so neither do they. */
  final Map<String, String> labels = new ConcurrentHashMap<>();
  /** The area labels of units looked up so far ("" for none), to tell same-named units apart in a facet. */
  final Map<String, String> areas = new ConcurrentHashMap<>();
  private final Directory directory;
  private volatile boolean retired;
  private volatile FilterValues filterValues;

  private IndexGeneration(Path folder, Directory directory, DirectoryReader reader) throws IOException {
    this.folder = folder;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.fingerprint = reader.getIndexCommit().getUserData().get(SearchIndex.FINGERPRINT_KEY);
    this.facetState = facetState(reader);
  }

  private static SortedSetDocValuesReaderState facetState(DirectoryReader reader) throws IOException {
    try {
      return new DefaultSortedSetDocValuesReaderState(reader, IndexFields.facetsConfig());
    } catch (IllegalArgumentException noFacetField) {
      // "field $facets was not indexed with SortedSetDocValues": no document has a facet, e.g. the store is empty.
      return null;
    }
  }

  static IndexGeneration open(Path folder) throws IOException {
    Directory directory = FSDirectory.open(folder);
    try {
      return new IndexGeneration(folder, directory, DirectoryReader.open(directory));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** The filter values of this generation, read on first use. */
  FilterValues filterValues() {
    FilterValues v = filterValues;
    if (v == null) {
      synchronized (this) {
        if (filterValues == null) {
          try {
            filterValues = FilterValues.of(reader);
          } catch (IOException e) {
            throw new UncheckedIOException("search index " + folder, e);
          }
        }
        v = filterValues;
      }
    }
    return v;
  }

  boolean tryAcquire() {
    return reader.tryIncRef();
  }

  void release() {
    try {
      reader.decRef();
      if (retired && reader.getRefCount() == 0) {
        closeAndDelete();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gives up the generation's own reference: it closes once no search holds it, and its folder is deleted. */
  void retire() {
    retired = true;
    release();
  }

  /** Closes without deleting (the service is stopping; the generation stays the current one on disk). */
  void close() throws IOException {
    reader.decRef();
    directory.close();
  }

  private void closeAndDelete() throws IOException {
    directory.close();
    deleteFolder(folder);
  }

  static void deleteFolder(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
