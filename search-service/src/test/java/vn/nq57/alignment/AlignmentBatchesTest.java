package vn.nq57.alignment;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import vn.nq57.search.analysis.ThesaurusAbbreviations;

/**
 * The alignment graph written batch by batch (what bounds the heap at national size) is the graph written in one
 * transaction: same alignments, ranks, scores, evidence and links, whatever the batch size.
 */
class AlignmentBatchesTest {

  @Test
  void batchesOfOneDocumentWriteTheGraphOneTransactionWrites() throws Exception {
    Aligner aligner = new Aligner(ThesaurusAbbreviations.packaged());
    Dataset whole = copyOfTheDocuments();
    Dataset batched = copyOfTheDocuments();
    AlignmentGraph.Run one = AlignmentGraph.recompute(whole, aligner, null, Integer.MAX_VALUE);
    AlignmentGraph.Run many = AlignmentGraph.recompute(batched, aligner, null, 1);
    assertTrue(one.alignments() > 100, "the real documents align: " + one.alignments());
    assertEquals(one.alignments(), many.alignments());
    assertEquals(one.items(), many.items());
    assertEquals(one.quads(), many.quads());
    assertEquals(alignmentQuads(whole, one.activity()), alignmentQuads(batched, many.activity()));
    assertEquals(AlignmentGraph.recordedDigest(whole), AlignmentGraph.recordedDigest(batched),
        "the run that finished records the documents it aligned");

    // Realigning everything again replaces the graph: nothing of the first run is left beside the second's.
    AlignmentGraph.Run again = AlignmentGraph.recompute(batched, aligner, null, 3);
    assertEquals(alignmentQuads(whole, one.activity()), alignmentQuads(batched, again.activity()));
  }

  /**
   * The documents in a transactional in-memory store (the write path is Jena's transactions either way; a TDB2 store
   * connected here would stay in this JVM's store registry for the rest of the suite).
   */
  private static Dataset copyOfTheDocuments() throws Exception {
    Dataset source = EvaluationCorpus.dataset();
    Dataset store = DatasetFactory.createTxnMem();
    Txn.executeWrite(store, () -> Txn.executeRead(source,
        () -> source.asDatasetGraph().find().forEachRemaining(store.asDatasetGraph()::add)));
    return store;
  }

  /** The alignment graph's quads, the run named "RUN" and its time stamps left out (they differ between runs). */
  private static Set<String> alignmentQuads(Dataset store, String activity) {
    Node run = org.apache.jena.graph.NodeFactory.createURI(activity);
    Set<String> out = new TreeSet<>();
    Txn.executeRead(store, () -> store.asDatasetGraph()
        .find(org.apache.jena.graph.NodeFactory.createURI(AlignmentVocabulary.GRAPH), Node.ANY, Node.ANY, Node.ANY)
        .forEachRemaining((Quad q) -> {
          if (q.getSubject().equals(run) && q.getObject().isLiteral()
              && q.getObject().getLiteralDatatypeURI().endsWith("dateTime")) {
            return;
          }
          out.add(label(q.getSubject(), run) + " " + q.getPredicate() + " " + label(q.getObject(), run));
        }));
    return out;
  }

  private static String label(Node n, Node run) {
    return n.equals(run) ? "RUN" : n.toString();
  }
}
