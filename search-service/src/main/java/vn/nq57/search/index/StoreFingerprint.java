package vn.nq57.search.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import vn.nq57.ontology.NQ;

/**
 * A digest of what the store holds, recorded in the index when it is built, so a start can tell whether the index was
 * built from this store. It covers every named graph's name and size, and the checksum the loader records for each
 * source file (a reloaded file with other content changes it even when the size stays the same), and the index format,
 * so a change in analysis rebuilds the index too. The inferred alignment graph ({@link NQ#ALIGNMENT_GRAPH}) is left
 * out: nothing in the index is read from it, and it is recomputed after a document change is indexed.
 *
 * <p>An instance keeps what each graph contributes (its size line and its checksum lines), so a change of a few graphs
 * gives the new digest by recounting those graphs only ({@link #withGraphs}): a document's upload costs what the
 * document holds, not what the store holds. The digest is the same either way: SHA-256 of the sorted lines.
 */
public final class StoreFingerprint {

  /** Bump when the analysis or the document layout changes: every existing index is then rebuilt. */
  static final String INDEX_FORMAT = "nq57-index-4";
  /** The key of the default graph's lines. */
  private static final String DEFAULT = "";

  /** Graph IRI (or {@link #DEFAULT}) → the lines it contributes; a graph without quads has no entry. */
  private final Map<String, List<String>> lines;
  private final String digest;

  private StoreFingerprint(Map<String, List<String>> lines) {
    this.lines = lines;
    this.digest = digest(lines);
  }

  /** The digest of {@code store} as it is now, counted in full (one read transaction). */
  public static String of(Dataset store) {
    return read(store).digest();
  }

  /** Counts every graph of {@code store} (one read transaction): O(quads in the store). */
  public static StoreFingerprint read(Dataset store) {
    return Txn.calculateRead(store, () -> {
      DatasetGraph dsg = store.asDatasetGraph();
      Map<String, List<String>> lines = new HashMap<>();
      lines.put(DEFAULT, graphLines(dsg, Quad.defaultGraphIRI));
      dsg.listGraphNodes().forEachRemaining(g -> {
        List<String> own = graphLines(dsg, g);
        if (!own.isEmpty()) lines.put(key(g), own);
      });
      return new StoreFingerprint(lines);
    });
  }

  /**
   * This fingerprint with the named graphs {@code graphs} (IRIs) counted again in {@code dsg}, every other graph taken
   * as it was: equal to a full {@link #read} when only these graphs changed since this one was taken. Call inside a
   * transaction on {@code dsg} (the store's write transaction, after the change, so the digest is the committed one).
   * This instance is left as it is, so a change that fails keeps it.
   */
  public StoreFingerprint withGraphs(DatasetGraph dsg, Collection<String> graphs) {
    Map<String, List<String>> next = new HashMap<>(lines);
    for (String iri : graphs) {
      Node g = NodeFactory.createURI(iri);
      List<String> own = graphLines(dsg, g);
      if (own.isEmpty()) next.remove(key(g));
      else next.put(key(g), own);
    }
    return new StoreFingerprint(next);
  }

  /** The hex SHA-256 recorded in the index. */
  public String digest() {
    return digest;
  }

  @Override
  public String toString() {
    return digest;
  }

  private static String key(Node g) {
    return Quad.isDefaultGraph(g) ? DEFAULT : g.getURI();
  }

  /**
   * What one graph contributes: {@code "<graph> <size>"} (for the default graph {@code "default <size>"}, always
   * there) and {@code "<subject> <checksum>"} for each source file's checksum in it; nothing for the alignment graph,
   * nor for a named graph without quads.
   */
  private static List<String> graphLines(DatasetGraph dsg, Node g) {
    List<String> out = new ArrayList<>();
    if (Quad.isDefaultGraph(g)) {
      out.add("default " + dsg.getDefaultGraph().size());
    } else {
      if (!g.isURI() || g.getURI().equals(NQ.ALIGNMENT_GRAPH)) return out;
      long size = dsg.getGraph(g).size();
      if (size == 0) return out;
      out.add(g + " " + size);
    }
    dsg.find(g, Node.ANY, NQ.sha256.asNode(), Node.ANY)
        .forEachRemaining(q -> out.add(q.getSubject() + " " + q.getObject()));
    return out;
  }

  private static String digest(Map<String, List<String>> lines) {
    List<String> all = new ArrayList<>();
    all.add(INDEX_FORMAT);
    lines.values().forEach(all::addAll);
    all.sort(null);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String line : all) {
        sha.update(line.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
