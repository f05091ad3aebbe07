package vn.nq57.service.alignment;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import vn.nq57.alignment.Aligner;
import vn.nq57.loader.Loader;
import vn.nq57.search.analysis.ThesaurusAbbreviations;

/**
 * The start's alignment runs in the background over the real documents: while it runs the API refuses to answer
 * from a graph being replaced (the controller turns that into 503 with Retry-After) and the status says
 * {@code computing}; once done, the status is {@code current} with the time it took, {@link
 * AlignmentService#whenSettled} completes, and the API answers. The computation is held before it writes by a write
 * transaction the test keeps open (a store has one writer at a time), so "while it runs" is not a race.
 */
class AlignmentInBackgroundTest {
  private static final Path ROOT = Path.of(System.getProperty("nq57.root", "..")).toAbsolutePath().normalize();

  @Test
  void whileTheStartComputesTheApiSaysSoAndAnswersOnceItIsDone() throws Exception {
    DatasetGraph parsed = new Loader(m -> {}).parse(List.of(ROOT.resolve("data/sources"))).dataset();
    Dataset store = DatasetFactory.createTxnMem();
    Txn.executeWrite(store, () -> parsed.find().forEachRemaining(store.asDatasetGraph()::add));
    String task = Txn.calculateRead(store, () -> {
      try (QueryExecution q = QueryExecution.dataset(store).query("""
          PREFIX nq: <https://w3id.org/nq57/ontology#>
          SELECT ?t WHERE { GRAPH ?g { ?t a nq:Task } } ORDER BY ?t LIMIT 1""").build()) {
        return q.execSelect().next().getResource("t").getURI();
      }
    });
    AlignmentService service = new AlignmentService(store, new Aligner(ThesaurusAbbreviations.packaged()));
    assertEquals("not-started", service.status().state());

    CompletableFuture<AlignmentStatus> settled;
    store.begin(ReadWrite.WRITE); // the computation may read and rank, but not write, until this ends
    try {
      settled = service.startInBackground();
      assertEquals("computing", service.status().state());
      assertNotNull(service.status().startedAt());
      AlignmentComputingException refused =
          assertThrows(AlignmentComputingException.class, () -> service.alignment(task));
      assertTrue(refused.status().computing());
      assertTrue(refused.status().retryAfterSeconds() >= 5);
      assertThrows(AlignmentComputingException.class, () -> service.coverage(task));
      assertFalse(settled.isDone());
    } finally {
      store.abort();
      store.end();
    }

    AlignmentStatus done = settled.get(10, TimeUnit.MINUTES);
    assertEquals("current", done.state(), done.toString());
    assertEquals(done, service.status());
    assertTrue(done.millis() != null && done.millis() > 0 && done.alignments() > 0, done.toString());
    assertNotNull(done.finishedAt());
    AlignmentView view = service.alignment(task);
    assertEquals(task, view.id());
    service.close();
  }
}
