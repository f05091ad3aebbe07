package vn.nq57.search.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import vn.nq57.loader.store.StoreContents;
import vn.nq57.ontology.NQ;

/**
 * A digest of what the store holds, recorded in the index when it is built, so a start can tell whether the index was
 * built from this store. It covers the store's {@link StoreContents} — every named graph's name and size, and the
 * checksum the loader records for each source file (a reloaded file with other content changes it even when the size
 * stays the same) — and the index format, so a change in analysis rebuilds the index too. The inferred alignment graph
 * ({@link NQ#ALIGNMENT_GRAPH}) is left out: nothing in the index is read from it, and it is recomputed after a document
 * change is indexed.
 *
 * <p>At start the contents are read from the record every writer keeps in the store ({@link #recorded}: one quad per
 * graph), not counted (O(quads), 3.2 s at national size); {@link #read} counts them, for a rebuild and for tests. An
 * instance keeps the contents graph by graph, so a change of a few graphs gives the new digest by recounting those
 * graphs only ({@link #withGraphs}). The digest is the same either way: SHA-256 of the sorted lines.
 */
public final class StoreFingerprint {

  /** Bump when the analysis or the document layout changes: every existing index is then rebuilt. */
  static final String INDEX_FORMAT = "nq57-index-9";

  private final StoreContents contents;
  private final String digest;

  private StoreFingerprint(StoreContents contents) {
    this.contents = contents;
    this.digest = digest(contents.lines());
  }

  /** The digest of {@code store} as it is now, counted in full (one read transaction). */
  public static String of(Dataset store) {
    return read(store).digest();
  }

  /** Counts every graph of {@code store} (one read transaction): O(quads in the store). */
  public static StoreFingerprint read(Dataset store) {
    return Txn.calculateRead(store, () -> new StoreFingerprint(StoreContents.count(store.asDatasetGraph())));
  }

  /**
   * The fingerprint of {@code store} from the contents recorded in it (one read transaction, one quad per graph). A
   * store without a record (built by an older version) is counted in full and the record written, in one write
   * transaction, so the next start reads it.
   */
  public static StoreFingerprint recorded(Dataset store) {
    Optional<StoreContents> kept = Txn.calculateRead(store, () -> StoreContents.recorded(store.asDatasetGraph()));
    return new StoreFingerprint(kept.orElseGet(
        () -> Txn.calculateWrite(store, () -> StoreContents.update(store.asDatasetGraph(), List.of()))));
  }

  /** The digest of the contents {@code dsg} records now (call inside a transaction on it), if it records them. */
  public static Optional<String> recordedIn(DatasetGraph dsg) {
    return StoreContents.recorded(dsg).map(c -> new StoreFingerprint(c).digest());
  }

  /**
   * This fingerprint with the named graphs {@code graphs} (IRIs) counted again in {@code dsg}, every other graph taken
   * as it was: equal to a full {@link #read} when only these graphs changed since this one was taken. Call inside a
   * transaction on {@code dsg} (the store's write transaction, after the change, so the digest is the committed one).
   * This instance is left as it is, so a change that fails keeps it.
   */
  public StoreFingerprint withGraphs(DatasetGraph dsg, Collection<String> graphs) {
    return new StoreFingerprint(contents.withGraphs(dsg, graphs));
  }

  /** The hex SHA-256 recorded in the index. */
  public String digest() {
    return digest;
  }

  @Override
  public String toString() {
    return digest;
  }

  private static String digest(List<String> lines) {
    List<String> all = new java.util.ArrayList<>(lines);
    all.add(INDEX_FORMAT);
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
