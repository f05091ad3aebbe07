package vn.nq57.search.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes a new generation of the search index from the entities a source gives, on every core, as one segment sorted
 * by the entities' order.
 *
 * <p>Each indexing thread writes its own part with its own {@link IndexWriter}; the parts are then added to the
 * generation and merged into one segment. Why not one writer shared by the threads: Lucene hands each document to
 * whichever of its per-thread buffers is free, so a buffer received the entities of both threads out of order, and
 * every flush sorted its postings by the index sort (5.6 % of the build's CPU at national size). A thread's own writer
 * receives its batches in the source's order, so its flushes are in order already, and the final merge, which the
 * index needed anyway, interleaves the parts by the index sort.
 */
final class GenerationWriter {

  /** How many entities the build hands to one indexing thread at a time. */
  private static final int BATCH = 512;
  /** The indexing buffer of the whole build, shared out among the threads' writers. */
  private static final double RAM_BUFFER_MB = 128;

  private GenerationWriter() {}

  /**
   * Writes the entities {@code source} gives (on the calling thread, in their order) into {@code folder}, with one
   * indexing thread per core (analysis and inverting are most of the cost), in batches of {@link #BATCH}, at most two
   * batches queued per thread: the build holds a few thousand entities, not the store's quarter of a million. Each
   * entity's ordinal is its place in the source's order and the index is sorted by it, so the order of documents, and
   * of ties in a ranking, does not depend on the threads. Commits one segment with {@code fingerprint} as
   * {@link SearchIndex#FINGERPRINT_KEY}; the threads' parts, written under {@code folder}, are removed.
   *
   * @return the number of entities written
   * @throws IOException writing the index, or the first failure of an indexing thread (nothing is committed then)
   */
  static long write(Path folder, Consumer<Consumer<IndexedEntity>> source, String fingerprint) throws IOException {
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    List<Path> parts = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      parts.add(folder.resolve("part-" + i));
    }
    try {
      long count = writeParts(parts, source);
      try (FSDirectory dir = FSDirectory.open(folder);
          IndexWriter writer = new IndexWriter(dir, SearchIndex.writerConfig(IndexWriterConfig.OpenMode.CREATE))) {
        List<Directory> written = new ArrayList<>();
        try {
          for (Path part : parts) {
            written.add(FSDirectory.open(part));
          }
          writer.addIndexes(written.toArray(Directory[]::new));
        } finally {
          for (Directory d : written) {
            d.close();
          }
        }
        // The index sort orders documents only within a segment, so one merged segment is what puts every entity at
        // its ordinal's place (browsing, and ties in a ranking, follow document order). Searching one segment is also
        // cheaper than searching several.
        writer.forceMerge(1);
        writer.setLiveCommitData(Map.of(SearchIndex.FINGERPRINT_KEY, fingerprint).entrySet());
        writer.commit();
      }
      return count;
    } finally {
      for (Path part : parts) {
        IndexGeneration.deleteFolder(part);
      }
    }
  }

  /** A batch for an indexing thread: entities and the ordinal of the first; an empty batch says there are no more. */
  private record Batch(List<IndexedEntity> entities, long first) {
    static final Batch END = new Batch(List.of(), -1);
  }

  /** Writes one part per folder of {@code parts}, one thread each, fed in turn from {@code source}. */
  private static long writeParts(List<Path> parts, Consumer<Consumer<IndexedEntity>> source) throws IOException {
    BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(2 * parts.size());
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Path part = parts.get(i);
      double buffer = RAM_BUFFER_MB / parts.size();
      workers.add(Thread.ofPlatform().name("nq57-index-" + i).start(() -> writePart(part, buffer, queue, failure)));
    }
    long[] count = {0};
    List<IndexedEntity> batch = new ArrayList<>(BATCH);
    try {
      source.accept(entity -> {
        if (failure.get() == null) {
          batch.add(entity);
          count[0]++;
          if (batch.size() == BATCH) {
            put(queue, new Batch(List.copyOf(batch), count[0] - BATCH), failure);
            batch.clear();
          }
        }
      });
      if (!batch.isEmpty()) {
        put(queue, new Batch(List.copyOf(batch), count[0] - batch.size()), failure);
      }
    } catch (RuntimeException | Error e) {
      failure.compareAndSet(null, e); // the workers stop at the next batch
      throw e;
    } finally {
      for (int i = 0; i < workers.size(); i++) {
        put(queue, Batch.END, null);
      }
      for (Thread w : workers) {
        joinUninterruptibly(w);
      }
    }
    Throwable failed = failure.get();
    if (failed instanceof Error error) {
      throw error;
    } else if (failed != null) {
      throw failed instanceof IOException io ? io : new IOException("cannot index an entity", failed);
    }
    return count[0];
  }

  /** One indexing thread: writes the batches it takes, in the order it takes them, into its own part. */
  private static void writePart(Path part, double bufferMb, BlockingQueue<Batch> queue,
      AtomicReference<Throwable> failure) {
    EntityDocuments documents = new EntityDocuments();
    IndexWriterConfig config = SearchIndex.writerConfig(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(bufferMb);
    try (FSDirectory dir = FSDirectory.open(part); IndexWriter writer = new IndexWriter(dir, config)) {
      for (Batch b = take(queue); b != Batch.END; b = take(queue)) {
        for (int i = 0; i < b.entities().size() && failure.get() == null; i++) {
          writer.addDocument(documents.toDocument(b.entities().get(i), (int) (b.first() + i)));
        }
      }
      if (failure.get() == null) {
        writer.commit();
      }
    } catch (Throwable e) { // kept and rethrown by the build, so no half-written index is committed
      failure.compareAndSet(null, e);
      drain(queue);
    }
  }

  /** After a failure: takes what is queued until the end, so the source is never blocked by a thread that stopped. */
  private static void drain(BlockingQueue<Batch> queue) {
    while (take(queue) != Batch.END) {
      // discarded: the build fails
    }
  }

  private static void put(BlockingQueue<Batch> queue, Batch batch, AtomicReference<Throwable> failure) {
    if (failure != null && failure.get() != null && batch != Batch.END) {
      return; // a thread failed: nothing more to write
    }
    boolean interrupted = false;
    while (true) {
      try {
        queue.put(batch);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static Batch take(BlockingQueue<Batch> queue) {
    while (true) {
      try {
        return queue.take();
      } catch (InterruptedException e) {
        // the build's own threads are not interrupted; keep taking
      }
    }
  }

  private static void joinUninterruptibly(Thread t) {
    boolean interrupted = false;
    while (t.isAlive()) {
      try {
        t.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
