package vn.nq57.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import vn.nq57.loader.store.GraphStore;
import vn.nq57.ontology.NQ;

/**
 * The fingerprint kept up to date graph by graph ({@link StoreFingerprint#withGraphs}) is the one a full recount of the
 * store gives, on a TDB2 store loaded with the real documents and then changed as an upload changes it: a document's
 * graph removed, one added, one rewritten with another source checksum.
 */
class StoreFingerprintTest {

  @Test
  void recountingTheChangedGraphsGivesWhatAFullRecountGives() {
    GraphStore store = RealStore.load(RealStore.SOURCES);
    try {
      Dataset ds = store.dataset();
      StoreFingerprint before = StoreFingerprint.read(ds);
      assertEquals(StoreFingerprint.of(ds), before.digest());

      List<Node> graphs = Txn.calculateRead(ds, () -> documentGraphs(ds.asDatasetGraph()));
      assertTrue(graphs.size() >= 3, "the real sources are several documents: " + graphs);
      Node removed = graphs.get(0);
      Node rewritten = graphs.get(1);
      Node added = NodeFactory.createURI(NQ.GRAPH + "copy-of-" + rewritten.getURI().substring(NQ.GRAPH.length()));
      List<String> changed = List.of(removed.getURI(), rewritten.getURI(), added.getURI());

      StoreFingerprint[] after = {null, null};
      Txn.executeWrite(ds, () -> {
        DatasetGraph dsg = ds.asDatasetGraph();
        org.apache.jena.atlas.iterator.Iter.toList(dsg.find(rewritten, Node.ANY, Node.ANY, Node.ANY))
            .forEach(q -> dsg.add(new Quad(added, q.asTriple())));
        dsg.deleteAny(removed, Node.ANY, Node.ANY, Node.ANY);
        // the same file reloaded with other bytes: same size, another checksum
        for (Quad q : org.apache.jena.atlas.iterator.Iter.toList(
            dsg.find(rewritten, Node.ANY, NQ.sha256.asNode(), Node.ANY))) {
          dsg.delete(q);
          dsg.add(rewritten, q.getSubject(), q.getPredicate(), NodeFactory.createLiteralString("0".repeat(64)));
        }
        after[0] = before.withGraphs(dsg, changed);
        after[1] = before.withGraphs(dsg, changed.subList(0, 2)); // the added graph forgotten
      });
      assertEquals(StoreFingerprint.of(ds), after[0].digest(), "kept up to date = counted in full");
      assertNotEquals(before.digest(), after[0].digest(), "every change changes it");
      assertNotEquals(after[0].digest(), after[1].digest(), "a graph left out is noticed");

      // The inferred alignments are not indexed: writing them changes nothing.
      Txn.executeWrite(ds, () -> ds.asDatasetGraph().add(NodeFactory.createURI(NQ.ALIGNMENT_GRAPH),
          NodeFactory.createURI("urn:x:a"), NQ.sha256.asNode(), NodeFactory.createLiteralString("x")));
      assertEquals(after[0].digest(), StoreFingerprint.of(ds));
      StoreFingerprint[] aligned = {null};
      Txn.executeRead(ds, () -> aligned[0] = after[0].withGraphs(ds.asDatasetGraph(), List.of(NQ.ALIGNMENT_GRAPH)));
      assertEquals(after[0].digest(), aligned[0].digest());
    } finally {
      store.close();
    }
  }

  private static List<Node> documentGraphs(DatasetGraph dsg) {
    List<Node> out = new ArrayList<>();
    dsg.listGraphNodes().forEachRemaining(g -> {
      if (g.isURI() && !g.getURI().equals(NQ.ALIGNMENT_GRAPH)) out.add(g);
    });
    out.sort(java.util.Comparator.comparing(Node::getURI));
    return out;
  }
}
