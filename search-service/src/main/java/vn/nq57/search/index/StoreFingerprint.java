package vn.nq57.search.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import vn.nq57.ontology.NQ;

/**
 * A digest of what the store holds, recorded in the index when it is built, so a start can tell whether the index was
 * built from this store. It covers every named graph's name and size, and the checksum the loader records for each
 * source file (a reloaded file with other content changes it even when the size stays the same), and the index format,
 * so a change in analysis rebuilds the index too. The inferred alignment graph ({@link NQ#ALIGNMENT_GRAPH}) is left
 * out: nothing in the index is read from it, and it is recomputed after a document change is indexed.
 */
public final class StoreFingerprint {

  /** Bump when the analysis or the document layout changes: every existing index is then rebuilt. */
  static final String INDEX_FORMAT = "nq57-index-4";

  private StoreFingerprint() {}

  public static String of(Dataset store) {
    return Txn.calculateRead(store, () -> of(store.asDatasetGraph()));
  }

  private static String of(DatasetGraph dsg) {
    List<String> lines = new ArrayList<>();
    lines.add(INDEX_FORMAT);
    lines.add("default " + dsg.getDefaultGraph().size());
    dsg.listGraphNodes().forEachRemaining(g -> {
      if (!g.isURI() || !g.getURI().equals(NQ.ALIGNMENT_GRAPH)) lines.add(g + " " + dsg.getGraph(g).size());
    });
    dsg.find(Node.ANY, Node.ANY, NQ.sha256.asNode(), Node.ANY)
        .forEachRemaining(q -> lines.add(q.getSubject() + " " + q.getObject()));
    lines.sort(null);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String line : lines) {
        sha.update(line.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
