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
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import vn.nq57.ontology.NQ;

/**
 * Keeps the alignments in their own named graph ({@value AlignmentVocabulary#GRAPH}), apart from the documents' graphs
 * and never as lineage ({@code nq:derivesFrom}): each kept candidate is an {@code nq:Alignment} with its rank, score,
 * score parts, evidence, method, {@code nq:inferred true} and the {@code prov:Activity} that made it; the best one is
 * also stated as {@code task nq:carriesOut upstream}. A recomputation replaces, in one write transaction, the
 * alignments of the documents it realigns and those whose task or upstream task has left the store.
 */
public final class AlignmentGraph {

  /** Candidates kept per task or indicator. */
  public static final int KEEP = 3;
  /** Candidates below this score are not stated: they share too little to be worth a reader's time. */
  public static final double MIN_SCORE = 0.25;

  private AlignmentGraph() {}

  /** What a recomputation did. */
  public record Run(String activity, int documents, int items, int alignments, long millis) {}

  /**
   * Recomputes the alignments of every document: {@link #recompute(Dataset, Aligner, Set)} with every document that
   * holds tasks or indicators.
   */
  public static Run recomputeAll(Dataset store, Aligner aligner) {
    return recompute(store, aligner, null);
  }

  /**
   * Recomputes the alignments that depend on {@code affected} documents (IRIs; added, replaced or removed): those of
   * the documents themselves and of every document that has one of them upstream. {@code null} realigns everything.
   * Reads the store, ranks outside any transaction, then writes the alignment graph in one write transaction.
   */
  public static Run recompute(Dataset store, Aligner aligner, Set<String> affected) {
    long started = System.nanoTime();
    Instant start = Instant.now();
    // The digest of what is read, taken before the read: a change committed meanwhile makes the next start realign.
    String digest = documentsDigest(store);
    AlignmentCorpus corpus = AlignmentCorpus.read(store);
    Set<String> documents = affected == null ? corpus.documentsWithItems() : corpus.documentsToRealign(affected);
    Map<String, List<Candidate>> ranked = aligner.rank(corpus, documents);
    if (Thread.currentThread().isInterrupted()) {
      throw new java.util.concurrent.CancellationException("alignment interrupted before writing");
    }
    String activityIri = ACTIVITY + start.toString().replaceAll("[^0-9TZ]", "") + "-" + digest.substring(0, 8);

    Model fresh = ModelFactory.createDefaultModel();
    Resource activity = fresh.createResource(activityIri, Activity)
        .addProperty(method, Aligner.METHOD)
        .addProperty(documentsDigest, digest)
        .addLiteral(startedAtTime, fresh.createTypedLiteral(start.toString(), XSDDatatype.XSDdateTime));
    int count = 0;
    for (List<Candidate> candidates : ranked.values()) {
      for (Candidate c : candidates) {
        if (c.rank() > KEEP || c.score() < MIN_SCORE) {
          break;
        }
        write(fresh, activity, c);
        count++;
      }
    }
    activity.addLiteral(endedAtTime, fresh.createTypedLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime));

    Txn.executeWrite(store, () -> {
      Model graph = store.getNamedModel(GRAPH);
      if (affected == null) {
        // everything is realigned: drop the graph at once rather than alignment by alignment
        store.asDatasetGraph().deleteAny(NodeFactory.createURI(GRAPH), Node.ANY, Node.ANY, Node.ANY);
      }
      List<Resource> stale = new ArrayList<>();
      graph.listResourcesWithProperty(RDF.type, Alignment).forEachRemaining(a -> {
        String task = uri(a.getPropertyResourceValue(alignedTask));
        String upstream = uri(a.getPropertyResourceValue(upstreamTask));
        AlignmentItem down = task == null ? null : corpus.item(task);
        if (down == null || upstream == null || corpus.item(upstream) == null || documents.contains(down.document())) {
          stale.add(a);
        }
      });
      for (Resource a : stale) {
        Resource task = a.getPropertyResourceValue(alignedTask);
        Resource upstream = a.getPropertyResourceValue(upstreamTask);
        if (task != null && upstream != null) {
          graph.remove(task, carriesOut, upstream);
          graph.remove(task, qualifiedAlignment, a);
        }
        for (Statement s : a.listProperties().toList()) {
          if (s.getPredicate().equals(evidence) || s.getPredicate().equals(scorePart)) {
            s.getResource().removeProperties();
          }
        }
        a.removeProperties();
      }
      graph.add(fresh);
      // Runs no alignment points to any more are history nobody can query from: drop them.
      Set<Resource> used = new HashSet<>();
      graph.listObjectsOfProperty(wasGeneratedBy).forEachRemaining(n -> used.add(n.asResource()));
      for (Resource run : graph.listResourcesWithProperty(RDF.type, Activity).toList()) {
        if (!used.contains(run) && !run.getURI().equals(activityIri)) {
          run.removeProperties();
        }
      }
    });
    return new Run(activityIri, documents.size(), ranked.size(), count, (System.nanoTime() - started) / 1_000_000);
  }

  private static void write(Model m, Resource activity, Candidate c) {
    Resource a = m.createResource(ID + key(c.downstream() + "|" + c.upstream()), Alignment);
    Resource task = m.createResource(c.downstream());
    Resource up = m.createResource(c.upstream());
    a.addProperty(alignedTask, task)
        .addProperty(upstreamTask, up)
        .addLiteral(rank, m.createTypedLiteral(c.rank(), XSDDatatype.XSDint))
        .addLiteral(score, decimal(m, c.score()))
        .addProperty(method, Aligner.METHOD)
        .addLiteral(inferred, true)
        .addProperty(wasGeneratedBy, activity);
    task.addProperty(qualifiedAlignment, a);
    if (c.rank() == 1) {
      task.addProperty(carriesOut, up);
    }
    int n = 0;
    for (Evidence e : c.evidence()) {
      a.addProperty(evidence, m.createResource(a.getURI() + "/evidence/" + (++n), AlignmentEvidence)
          .addProperty(evidenceKind, e.kind())
          .addProperty(RDF.value, m.createLiteral(e.text(), "vi")));
    }
    for (String t : c.sharedTerms()) {
      a.addProperty(sharedTerm, t);
    }
    ScoreParts p = c.parts();
    String[] names = {"words", "phrases", "bm25", "section", "citation", "leadUnit", "kind", "measure", "specificity"};
    double[] values = {p.words(), p.phrases(), p.bm25(), p.section(), p.citation(), p.leadUnit(), p.kind(), p.measure(), p.specificity()};
    for (int i = 0; i < names.length; i++) {
      a.addProperty(scorePart, m.createResource(a.getURI() + "/part/" + names[i], ScorePart)
          .addProperty(feature, names[i])
          .addLiteral(RDF.value, decimal(m, values[i])));
    }
  }

  private static Literal decimal(Model m, double value) {
    return m.createTypedLiteral(new java.math.BigDecimal(value).setScale(4, java.math.RoundingMode.HALF_UP));
  }

  private static String uri(RDFNode node) {
    return node != null && node.isURIResource() ? node.asResource().getURI() : null;
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
