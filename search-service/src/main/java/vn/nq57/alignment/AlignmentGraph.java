package vn.nq57.alignment;

import static vn.nq57.alignment.AlignmentVocabulary.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import vn.nq57.ontology.NQ;

/**
 * Keeps the alignments in their own named graph ({@value AlignmentVocabulary#GRAPH}), apart from the documents' graphs
 * and never as lineage ({@code nq:derivesFrom}): each kept candidate is an {@code nq:Alignment} with its rank, score,
 * score parts, {@code nq:inferred true} and the {@code prov:Activity} that made it (which names the method); the best
 * one also has its evidence and is stated as {@code task nq:carriesOut upstream}. Compact (about 11 quads an alignment,
 * the write being most of the alignment's time): parts and evidence are literals, the parts of ranks 2–3 one literal,
 * and what the API can compute from the two names (shared syllables, the shared wording of ranks 2–3) is not stored.
 * A recomputation replaces, in write transactions of quads built directly, the alignments of the documents it
 * realigns and those whose task or upstream task has left the store, deleted by pattern.
 */
public final class AlignmentGraph {

  /** Candidates kept per task or indicator. */
  public static final int KEEP = 3;
  /** Candidates below this score are not stated: they share too little to be worth a reader's time. */
  public static final double MIN_SCORE = 0.25;

  private AlignmentGraph() {}

  /**
   * What a recomputation did.
   *
   * @param millis the whole run (read, rank, write) in milliseconds
   * @param writeMillis the write transaction alone (removal, quads added, commit) in milliseconds
   * @param quads quads written (alignments, the tasks' links, the run)
   */
  public record Run(String activity, int documents, int items, int alignments, long millis, long writeMillis,
      int quads) {}

  /**
   * Recomputes the alignments of every document: {@link #recompute(Dataset, Aligner, Set)} with every document that
   * holds tasks or indicators.
   */
  public static Run recomputeAll(Dataset store, Aligner aligner) {
    return recompute(store, aligner, null);
  }

  /** Documents ranked and written per write transaction: bounds the heap a run needs, whatever the store's size. */
  public static final int BATCH = 250;

  /**
   * Recomputes the alignments that depend on {@code affected} documents (IRIs; added, replaced or removed): those of
   * the documents themselves and of every document that has one of them upstream. {@code null} realigns everything.
   * Reads the store, then ranks {@value #BATCH} documents at a time outside any transaction and writes each batch's
   * alignments in a write transaction of its own: the first also removes what the run replaces (the whole graph when
   * realigning everything), the last records the run's end. A run over at most {@value #BATCH} documents (an upload's)
   * is thus seen whole or not at all; a longer one (the first start's) fills the graph batch by batch, and only its
   * last transaction records the documents digest that says the graph is complete ({@link #recordedDigest}).
   */
  public static Run recompute(Dataset store, Aligner aligner, Set<String> affected) {
    return recompute(store, aligner, affected, BATCH);
  }

  /** {@link #recompute(Dataset, Aligner, Set)} with {@code batch} documents per write transaction. */
  static Run recompute(Dataset store, Aligner aligner, Set<String> affected, int batch) {
    long started = System.nanoTime();
    Instant start = Instant.now();
    // The digest of what is read, taken before the read: a change committed meanwhile makes the next start realign.
    String digest = documentsDigest(store);
    AlignmentCorpus corpus = AlignmentCorpus.read(store);
    Set<String> documents = affected == null ? corpus.documentsWithItems() : corpus.documentsToRealign(affected);
    String activityIri = ACTIVITY + start.toString().replaceAll("[^0-9TZ]", "") + "-" + digest.substring(0, 8);

    // Quads built directly (no Model, no Resource): the write is most of the alignment's cost.
    Node g = NodeFactory.createURI(GRAPH);
    Node activity = NodeFactory.createURI(activityIri);
    boolean[] begun = {false};
    long[] totals = new long[4]; // items, alignments, quads, write nanoseconds
    Consumer<List<Quad>> writeBatch = quads -> {
      long writing = System.nanoTime();
      Txn.executeWrite(store, () -> {
        DatasetGraph dsg = store.asDatasetGraph();
        if (!begun[0]) {
          begin(dsg, g, activity, affected == null, corpus, documents, digest, start);
        }
        for (Quad q : quads) {
          dsg.add(q);
        }
      });
      begun[0] = true;
      totals[2] += quads.size();
      totals[3] += System.nanoTime() - writing;
    };
    // One batch is written on the writer thread while the next is ranked on the cores: the write is one thread's work,
    // so ranking alone left a core idle during every write. At most one write is in flight (the heap holds two
    // batches), and the batches are written in order, each in its own write transaction, the last one below.
    try (BatchWriter writer = new BatchWriter(writeBatch)) {
      aligner.rank(corpus, documents, batch, AlignmentGraph::kept, ranked -> {
        if (Thread.currentThread().isInterrupted()) {
          throw new java.util.concurrent.CancellationException("alignment interrupted before writing");
        }
        List<Quad> quads = new ArrayList<>();
        for (List<Candidate> candidates : ranked.values()) {
          for (Candidate c : candidates) {
            write(quads, g, activity, c);
            totals[1]++;
          }
        }
        totals[0] += ranked.size();
        writer.submit(quads);
      });
      writer.awaitWritten();
    }

    long writing = System.nanoTime();
    Txn.executeWrite(store, () -> {
      DatasetGraph dsg = store.asDatasetGraph();
      if (!begun[0]) {
        // nothing ranked (no upstream items): the removal and the run's start are written here
        begin(dsg, g, activity, affected == null, corpus, documents, digest, start);
      }
      dsg.add(new Quad(g, activity, endedAtTime.asNode(), dateTime(Instant.now())));
      // Runs no alignment points to any more are history nobody can query from: drop them.
      List<Node> runs = new ArrayList<>();
      dsg.find(g, Node.ANY, RDF.type.asNode(), Activity.asNode()).forEachRemaining(q -> runs.add(q.getSubject()));
      for (Node run : runs) {
        if (!run.equals(activity) && !dsg.find(g, Node.ANY, wasGeneratedBy.asNode(), run).hasNext()) {
          dsg.deleteAny(g, run, Node.ANY, Node.ANY);
        }
      }
    });
    long end = System.nanoTime();
    totals[3] += end - writing;
    return new Run(activityIri, documents.size(), (int) totals[0], (int) totals[1], (end - started) / 1_000_000,
        totals[3] / 1_000_000, (int) totals[2] + 5);
  }

  /**
   * The first write of a run: removes what it replaces (the whole graph when {@code everything}, else the stale
   * alignments of {@code documents}) and states the run's activity (method, documents digest, start time).
   */
  private static void begin(DatasetGraph dsg, Node g, Node activity, boolean everything, AlignmentCorpus corpus,
      Set<String> documents, String digest, Instant start) {
    if (everything) {
      // everything is realigned: drop the graph at once rather than alignment by alignment
      dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
    } else {
      removeStale(dsg, g, corpus, documents);
    }
    dsg.add(new Quad(g, activity, RDF.type.asNode(), Activity.asNode()));
    dsg.add(new Quad(g, activity, method.asNode(), METHOD));
    dsg.add(new Quad(g, activity, documentsDigest.asNode(), NodeFactory.createLiteralString(digest)));
    dsg.add(new Quad(g, activity, startedAtTime.asNode(), dateTime(start)));
  }

  /** What one item keeps of its ranked candidates: the first {@value #KEEP}, down to {@value #MIN_SCORE}. */
  private static List<Candidate> kept(List<Candidate> ranked) {
    List<Candidate> out = new ArrayList<>(KEEP);
    for (Candidate c : ranked) {
      if (c.rank() > KEEP || c.score() < MIN_SCORE) {
        break;
      }
      out.add(c);
    }
    return out;
  }

  /**
   * Deletes, by pattern, the alignments of the items of {@code documents} (they are rewritten) and those whose task or
   * upstream task left the store: every triple of such an alignment has it as subject, and the task's rank-1
   * {@code nq:carriesOut} has the task as subject.
   */
  private static void removeStale(DatasetGraph dsg, Node g, AlignmentCorpus corpus, Set<String> documents) {
    Set<Node> alignments = new HashSet<>();
    Set<Node> tasks = new HashSet<>();
    dsg.find(g, Node.ANY, alignedTask.asNode(), Node.ANY).forEachRemaining(q -> {
      Node task = q.getObject();
      AlignmentItem down = task.isURI() ? corpus.item(task.getURI()) : null;
      if (down == null || documents.contains(down.document())) {
        alignments.add(q.getSubject());
        tasks.add(task);
      }
    });
    dsg.find(g, Node.ANY, upstreamTask.asNode(), Node.ANY).forEachRemaining(q -> {
      Node up = q.getObject();
      if (!up.isURI() || corpus.item(up.getURI()) == null) {
        alignments.add(q.getSubject());
      }
    });
    // the task side of an alignment whose upstream task left: its rank-1 shortcut to that upstream task
    deleteAlignments(dsg, g, alignments);
    for (Node task : tasks) {
      // a realigned task's statements in this graph are all rewritten
      dsg.deleteAny(g, task, Node.ANY, Node.ANY);
    }
  }

  /**
   * Deletes from the alignment graph, within the caller's write transaction, what is said of the items among
   * {@code candidates} (IRIs) that no other graph states anything about any more (a removed or replaced document's
   * tasks and indicators): their alignments, as aligned or as upstream item, and their rank-1 {@code nq:carriesOut}.
   * A document change calls it before it commits, so no page shows an alignment of a removed task in the moments
   * before the realignment it schedules has run; the realignment then writes what the change makes new.
   *
   * @return how many items were cleared
   */
  public static int removeLeft(DatasetGraph dsg, java.util.Collection<String> candidates) {
    Node g = NodeFactory.createURI(GRAPH);
    int cleared = 0;
    for (String iri : candidates) {
      Node item = NodeFactory.createURI(iri);
      boolean aligned = dsg.contains(g, Node.ANY, alignedTask.asNode(), item)
          || dsg.contains(g, Node.ANY, upstreamTask.asNode(), item);
      if (!aligned || statedOutside(dsg, g, item)) {
        continue;
      }
      Set<Node> alignments = new HashSet<>();
      dsg.find(g, Node.ANY, alignedTask.asNode(), item).forEachRemaining(q -> alignments.add(q.getSubject()));
      dsg.find(g, Node.ANY, upstreamTask.asNode(), item).forEachRemaining(q -> alignments.add(q.getSubject()));
      deleteAlignments(dsg, g, alignments);
      dsg.deleteAny(g, item, Node.ANY, Node.ANY);
      cleared++;
    }
    return cleared;
  }

  /** Deletes each alignment's statements and the rank-1 {@code nq:carriesOut} shortcut between its two items. */
  private static void deleteAlignments(DatasetGraph dsg, Node g, Set<Node> alignments) {
    for (Node a : alignments) {
      Node task = single(dsg, g, a, alignedTask.asNode());
      Node up = single(dsg, g, a, upstreamTask.asNode());
      if (task != null && up != null) {
        dsg.delete(g, task, carriesOut.asNode(), up);
      }
      dsg.deleteAny(g, a, Node.ANY, Node.ANY);
    }
  }

  /** Whether a graph other than the alignment graph {@code g} has a statement about {@code item}. */
  private static boolean statedOutside(DatasetGraph dsg, Node g, Node item) {
    java.util.Iterator<Quad> about = dsg.find(Node.ANY, item, Node.ANY, Node.ANY);
    while (about.hasNext()) {
      if (!about.next().getGraph().equals(g)) {
        return true;
      }
    }
    return false;
  }

  private static Node single(DatasetGraph dsg, Node g, Node subject, Node property) {
    java.util.Iterator<Quad> found = dsg.find(g, subject, property, Node.ANY);
    try {
      return found.hasNext() ? found.next().getObject() : null;
    } finally {
      Iter.close(found);
    }
  }

  private static final Node METHOD = NodeFactory.createLiteralString(Aligner.METHOD);
  private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);

  /**
   * The quads of one kept candidate. Every rank: the qualified alignment (type, both tasks, rank, score, inferred,
   * run). Rank 1: each non-zero score part as a literal of its own ({@code nq:scoreWords …}, queryable; a part not
   * stated is 0; decimals are stored inline by TDB2, no node-table write), {@code task nq:carriesOut upstream} and each
   * evidence as a literal of its kind ({@code nq:evidencePhrase …}). Ranks 2–3: the non-zero parts in one literal
   * ({@code nq:scoreParts}, {@link ScoreParts#packed}). Not written, since anyone can get them otherwise: the method
   * (the run's {@code nq:method}), the task's {@code nq:qualifiedAlignment} (the inverse of {@code nq:alignedTask}),
   * the shared syllables and the evidence of ranks 2–3 (the API computes them from the two names,
   * {@link Aligner#explain}).
   */
  private static void write(List<Quad> out, Node g, Node activity, Candidate c) {
    Node a = NodeFactory.createURI(ID + key(c.downstream() + "|" + c.upstream()));
    Node task = NodeFactory.createURI(c.downstream());
    Node up = NodeFactory.createURI(c.upstream());
    out.add(new Quad(g, a, RDF.type.asNode(), Alignment.asNode()));
    out.add(new Quad(g, a, alignedTask.asNode(), task));
    out.add(new Quad(g, a, upstreamTask.asNode(), up));
    out.add(new Quad(g, a, rank.asNode(), NodeFactory.createLiteralDT(Integer.toString(c.rank()), XSDDatatype.XSDint)));
    out.add(new Quad(g, a, score.asNode(), decimal(c.score())));
    out.add(new Quad(g, a, inferred.asNode(), TRUE));
    out.add(new Quad(g, a, wasGeneratedBy.asNode(), activity));
    if (c.rank() != 1) {
      // one literal for the parts: a quad costs six B+tree inserts, and the parts of ranks 2–3 are read by the API only
      String packed = c.parts().packed();
      if (!packed.isEmpty()) {
        out.add(new Quad(g, a, scoreParts.asNode(), NodeFactory.createLiteralString(packed)));
      }
      return;
    }
    for (Map.Entry<String, Double> part : c.parts().byFeature().entrySet()) {
      Node value = decimal(part.getValue());
      if (!value.getLiteralLexicalForm().equals("0.0000")) {
        out.add(new Quad(g, a, PARTS.get(part.getKey()), value));
      }
    }
    out.add(new Quad(g, task, carriesOut.asNode(), up));
    for (Evidence e : c.evidence()) {
      if (!EVIDENCE_KINDS.contains(e.kind())) {
        throw new IllegalStateException("evidence kind '" + e.kind() + "' has no property; add it to "
            + "AlignmentVocabulary.EVIDENCE_KINDS and ontology/nq57.ttl");
      }
      out.add(new Quad(g, a, EVIDENCE.get(e.kind()), NodeFactory.createLiteralLang(e.text(), "vi")));
    }
  }

  private static final Map<String, Node> EVIDENCE = EVIDENCE_KINDS.stream()
      .collect(java.util.stream.Collectors.toMap(k -> k, k -> evidenceProperty(k).asNode()));
  private static final Map<String, Node> PARTS = ScoreParts.FEATURES.stream()
      .collect(java.util.stream.Collectors.toMap(f -> f, f -> scorePartProperty(f).asNode()));

  private static Node decimal(double value) {
    return NodeFactory.createLiteralDT(new java.math.BigDecimal(value).setScale(4, java.math.RoundingMode.HALF_UP)
        .toPlainString(), XSDDatatype.XSDdecimal);
  }

  private static Node dateTime(Instant time) {
    return NodeFactory.createLiteralDT(time.toString(), XSDDatatype.XSDdateTime);
  }

  private static String key(String text) {
    return sha256(text).substring(0, 20);
  }

  /** The documents digest recorded by the last recomputation, if the alignment graph has one. */
  public static Optional<String> recordedDigest(Dataset store) {
    return Txn.calculateRead(store, () -> {
      Model graph = store.getNamedModel(GRAPH);
      List<String> digests = new ArrayList<>();
      graph.listResourcesWithProperty(RDF.type, Activity).forEachRemaining(run -> {
        Statement d = run.getProperty(documentsDigest);
        Statement end = run.getProperty(endedAtTime);
        if (d != null && end != null) {
          digests.add(end.getString() + " " + d.getString());
        }
      });
      return digests.stream().sorted().reduce((a, b) -> b).map(s -> s.substring(s.indexOf(' ') + 1));
    });
  }

  /**
   * A digest of the documents' graphs (every named graph but the alignment graph: its name and size) and of the
   * recorded source checksums: it changes whenever a document is added, replaced or removed.
   */
  public static String documentsDigest(Dataset store) {
    return Txn.calculateRead(store, () -> {
      DatasetGraph dsg = store.asDatasetGraph();
      Node alignment = NodeFactory.createURI(GRAPH);
      List<String> lines = new ArrayList<>();
      lines.add(Aligner.METHOD);
      dsg.listGraphNodes().forEachRemaining(g -> {
        if (!g.equals(alignment)) {
          lines.add(g + " " + dsg.getGraph(g).size());
        }
      });
      dsg.find(Node.ANY, Node.ANY, NQ.sha256.asNode(), Node.ANY)
          .forEachRemaining(q -> lines.add(q.getSubject() + " " + q.getObject()));
      lines.sort(null);
      return sha256(String.join("\n", lines));
    });
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
