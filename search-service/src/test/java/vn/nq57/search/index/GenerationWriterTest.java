package vn.nq57.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index build's writer: entities written by several threads come out as one segment in the source's order, and a
 * failure, of the source or of an indexing thread, commits nothing, leaves no part behind and does not hang.
 */
class GenerationWriterTest {

  @TempDir
  Path dir;

  /** More entities than a few batches, so every indexing thread writes several, and one batch is not full. */
  private static final int ENTITIES = 5 * 512 + 77;

  @Test
  void writesOneSegmentInTheSourcesOrder() throws IOException {
    Path folder = dir.resolve("gen");
    Files.createDirectories(folder);
    long written = GenerationWriter.write(folder, sink -> {
      for (int i = 0; i < ENTITIES; i++) {
        sink.accept(entity(i));
      }
    }, "fingerprint-1");
    assertEquals(ENTITIES, written);
    try (FSDirectory d = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(d)) {
      assertEquals(1, reader.leaves().size(), "one merged segment");
      assertEquals(ENTITIES, reader.maxDoc());
      assertEquals("fingerprint-1", reader.getIndexCommit().getUserData().get(SearchIndex.FINGERPRINT_KEY));
      StoredFields stored = reader.storedFields();
      NumericDocValues ordinals = DocValues.getNumeric(reader.leaves().getFirst().reader(), IndexFields.ORDINAL);
      for (int doc = 0; doc < ENTITIES; doc++) {
        assertEquals(id(doc), stored.document(doc).get(IndexFields.ID), "document " + doc);
        assertTrue(ordinals.advanceExact(doc));
        assertEquals(doc, ordinals.longValue());
      }
    }
    assertNoParts(folder);
  }

  @Test
  void aFailingSourceCommitsNothing() throws IOException {
    Path folder = dir.resolve("gen");
    Files.createDirectories(folder);
    Consumer<Consumer<IndexedEntity>> failing = sink -> {
      for (int i = 0; i < ENTITIES; i++) {
        if (i == 3 * 512 + 5) {
          throw new IllegalStateException("the store could not be read");
        }
        sink.accept(entity(i));
      }
    };
    IllegalStateException e = assertTimeoutPreemptively(Duration.ofMinutes(1),
        () -> assertThrows(IllegalStateException.class, () -> GenerationWriter.write(folder, failing, "f")));
    assertEquals("the store could not be read", e.getMessage());
    assertFalse(DirectoryReader.indexExists(FSDirectory.open(folder)), "nothing committed");
    assertNoParts(folder);
  }

  @Test
  void anEntityThatCannotBeIndexedFailsTheBuildWithoutHanging() throws IOException {
    Path folder = dir.resolve("gen");
    Files.createDirectories(folder);
    IOException e = assertTimeoutPreemptively(Duration.ofMinutes(1), () -> assertThrows(IOException.class,
        () -> GenerationWriter.write(folder, sink -> {
          for (int i = 0; i < ENTITIES; i++) {
            sink.accept(i == 700 ? broken(i) : entity(i)); // the second batch: one thread fails, the others go on
          }
        }, "f")));
    assertTrue(e.getMessage().contains("cannot index an entity"), e.getMessage());
    assertFalse(DirectoryReader.indexExists(FSDirectory.open(folder)), "nothing committed");
    assertNoParts(folder);
  }

  private static void assertNoParts(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> dirs = files.filter(Files::isDirectory).toList();
      assertEquals(List.of(), dirs, "the threads' parts are removed");
    }
  }

  private static String id(int i) {
    return "https://example.org/task/" + i;
  }

  private static IndexedEntity entity(int i) {
    String name = "Nhiệm vụ chuyển đổi số số " + i;
    return new IndexedEntity(id(i), EntityType.TASK, name, name + ". Ủy ban nhân dân xã", null, null, null, "commune",
        null, null, List.of(), null, null, null, false, null, null, null, null, List.of(), null, null);
  }

  /** An entity the index cannot take: no text at all. */
  private static IndexedEntity broken(int i) {
    return new IndexedEntity(id(i), EntityType.TASK, null, null, null, null, null, "commune", null, null, List.of(),
        null, null, null, false, null, null, null, null, List.of(), null, null);
  }
}
