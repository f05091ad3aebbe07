package vn.nq57.service.alignment;

import static vn.nq57.alignment.AlignmentVocabulary.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nq57.alignment.Aligner;
import vn.nq57.alignment.AlignmentGraph;
import vn.nq57.alignment.ScoreParts;
import vn.nq57.ontology.NQ;
import vn.nq57.ontology.Vocab;
import vn.nq57.service.entity.UnknownEntityException;
import vn.nq57.service.web.BadParameterException;

/**
 * The alignment of the service's store: computed when the service starts if the documents changed since the last
 * computation (or it never ran) — in the background, so the service serves meanwhile ({@link #startInBackground},
 * {@link #status}) — recomputed for the documents an upload changes ({@link #recomputeInBackground}), and read for
 * the API. Computations never overlap: they run one after the other on one thread, and {@link #recompute} (in the
 * caller's thread) waits for a run under way.
 */
public class AlignmentService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AlignmentService.class);
  private static final List<String> LEVELS = List.of("central", "ministry", "province", "district", "commune");

  private final Dataset store;
  private final Aligner aligner;
  private final Object computing = new Object();
  /** Runs the start's computation and the uploads' recomputations one after the other, in order. */
  private final ExecutorService runs =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("alignment").factory());
  /** Completes when the last run scheduled so far has finished (the runs are in order, so all of them have). */
  private volatile CompletableFuture<AlignmentStatus> settled = new CompletableFuture<>();
  private volatile AlignmentStatus status = AlignmentStatus.notStarted();
  /**
   * The uploads' recomputations scheduled but not yet begun, oldest first, each as the {@code updating} status it will
   * show: until one begins, the last run's {@code current} is not the truth for that upload ({@link #status}).
   */
  private final ConcurrentLinkedDeque<AlignmentStatus> waiting = new ConcurrentLinkedDeque<>();

  public AlignmentService(Dataset store, Aligner aligner) {
    this.store = store;
    this.aligner = aligner;
  }

  /**
   * Says {@code computing} from now on, before {@link #startInBackground} is called: the service schedules the start's
   * computation only once it is ready (search index built), and the API must not answer from a stale graph meanwhile.
   */
  public synchronized void expectStart() {
    status = AlignmentStatus.computing(Instant.now());
  }

  /**
   * Brings the alignment up to date ({@link #ensureCurrent}) on the alignment thread and returns at once. Until it has
   * finished, {@link #status} says {@code computing} and the API answers 503 with Retry-After; {@link #whenSettled}
   * completes when it has finished, well or not.
   */
  public synchronized CompletableFuture<AlignmentStatus> startInBackground() {
    status = AlignmentStatus.computing(Instant.now());
    return schedule(this::ensureCurrent);
  }

  /**
   * Schedules {@link #recompute} of {@code documents} (IRIs of documents added, replaced or removed) on the alignment
   * thread, after any run under way or scheduled, and returns at once: an upload does not wait for its alignment.
   * Meanwhile {@link #status} says {@code updating} and the API answers from the previous alignments (a run over at
   * most {@link AlignmentGraph#BATCH} documents replaces them in one write transaction, so a reader never sees half of
   * it); it says so from this call on, also while the run waits its turn behind another. The returned future, like
   * {@link #whenSettled}, completes with the status once it has run.
   */
  public synchronized CompletableFuture<AlignmentStatus> recomputeInBackground(Set<String> documents) {
    Set<String> copy = Set.copyOf(documents);
    AlignmentStatus scheduled = AlignmentStatus.updating(Instant.now(), copy.size());
    waiting.add(scheduled);
    return schedule(() -> {
      try {
        synchronized (computing) {
          waiting.removeFirstOccurrence(scheduled);
          Instant started = Instant.now();
          status = AlignmentStatus.updating(started, copy.size());
          AlignmentGraph.Run run = recompute(copy);
          settle(AlignmentStatus.current(started, run));
        }
      } finally {
        waiting.removeFirstOccurrence(scheduled); // also when it failed before it began
      }
    });
  }

  private CompletableFuture<AlignmentStatus> schedule(Runnable work) {
    CompletableFuture<AlignmentStatus> done = new CompletableFuture<>();
    CompletableFuture<AlignmentStatus> before = settled;
    settled = done;
    runs.execute(() -> {
      try {
        work.run();
      } catch (RuntimeException | Error e) { // an Error too (out of memory): the status must not say computing forever
        // Stopped by close(): the interrupt may reach us as a store's exception (a transaction waiting for the writer's
        // lock is interrupted), with the thread's flag cleared, so ask the executor too.
        if (Thread.currentThread().isInterrupted() || e instanceof CancellationException || runs.isShutdown()) {
          log.info("alignment stopped: the service is shutting down");
          status = status.failed("stopped: the service shut down");
        } else {
          log.error("alignment failed; the API answers from the alignment graph the store holds", e);
          status = status.failed(e.toString());
        }
      } finally {
        // the start's future, if a caller holds it, completes too: every run before this one has ended
        before.complete(status);
        done.complete(status);
      }
    });
    return done;
  }

  /**
   * Computes every alignment unless the alignment graph was made from the documents the store holds now, in the
   * calling thread; then {@link #status} is {@code current} (with the time it took) and {@link #whenSettled} completes.
   */
  public void ensureCurrent() {
    synchronized (computing) {
      Instant started = status.startedAt() != null ? status.startedAt() : Instant.now();
      if (Txn.calculateRead(store, () -> !store.asDatasetGraph().find(Node.ANY, Node.ANY, RDF.type.asNode(),
          NQ.Task.asNode()).hasNext() && !store.asDatasetGraph().find(Node.ANY, Node.ANY, RDF.type.asNode(),
          NQ.Indicator.asNode()).hasNext())) {
        log.info("no task or indicator in the store: nothing to align");  // and no alignment run recorded in an empty store
        settle(AlignmentStatus.current(started, null));
        return;
      }
      String now = AlignmentGraph.documentsDigest(store);
      if (AlignmentGraph.recordedDigest(store).filter(now::equals).isPresent()) {
        log.info("alignment graph matches the documents; kept");
        settle(AlignmentStatus.current(started, null));
        return;
      }
      status = AlignmentStatus.computing(started);
      AlignmentGraph.Run run = AlignmentGraph.recomputeAll(store, aligner);
      log.info("alignment finished at {}: computed in {} ms: {} documents, {} tasks and indicators with candidates, "
          + "{} alignments; written in {} ms ({} quads)", Instant.now(), run.millis(), run.documents(), run.items(),
          run.alignments(), run.writeMillis(), run.quads());
      settle(AlignmentStatus.current(started, run));
    }
  }

  private void settle(AlignmentStatus done) {
    status = done;
  }

  /**
   * What the alignment is doing: {@code computing}, {@code updating}, {@code current}, {@code failed} or
   * {@code not-started}. An upload's recomputation that waits its turn (behind a run under way, or its thread not begun
   * yet) is {@code updating} already, with the time it was scheduled: the last run's counts are not that upload's.
   */
  public AlignmentStatus status() {
    AlignmentStatus now = status;
    AlignmentStatus next = waiting.peekFirst();
    return next != null && !now.computing() && !"updating".equals(now.state()) ? next : now;
  }

  /**
   * Completes with the status once every run scheduled so far (the start's, the uploads' recomputations) has finished,
   * well or not: what tests and callers wait on instead of sleeping. Ask again after scheduling another run. Never
   * completes when no run was scheduled ({@code nq57.alignment.on-start=false} and no upload).
   */
  public CompletableFuture<AlignmentStatus> whenSettled() {
    return settled;
  }

  /**
   * Recomputes the alignments that depend on {@code documents} (IRIs of documents added, replaced or removed). Call it
   * after the store changed; it waits for a computation under way (the start's) and runs in the calling thread.
   */
  public AlignmentGraph.Run recompute(Set<String> documents) {
    synchronized (computing) {
      AlignmentGraph.Run run = AlignmentGraph.recompute(store, aligner, Set.copyOf(documents));
      log.info("alignment recomputed for {} documents in {} ms ({} alignments; written in {} ms, {} quads)",
          run.documents(), run.millis(), run.alignments(), run.writeMillis(), run.quads());
      return run;
    }
  }

  /** Stops a computation under way (it writes nothing), drops the scheduled ones and waits a little for it to end. */
  @Override
  public void close() throws InterruptedException {
    runs.shutdownNow();
    waiting.clear(); // the scheduled runs are dropped
    runs.awaitTermination(10, TimeUnit.SECONDS);
  }

  /**
   * The upstream and downstream alignments of a task or indicator.
   *
   * @throws UnknownEntityException no triple has {@code iri} as subject
   * @throws BadParameterException the IRI is not a task or indicator
   * @throws AlignmentComputingException the start's computation is under way
   */
  public AlignmentView alignment(String iri) {
    refuseWhileComputing();
    return Txn.calculateRead(store, () -> {
      Model union = store.getUnionModel();
      Resource item = union.createResource(iri);
      if (!union.contains(item, null, (RDFNode) null)) {
        throw new UnknownEntityException(iri);
      }
      if (!item.hasProperty(RDF.type, NQ.Task) && !item.hasProperty(RDF.type, NQ.Indicator)) {
        throw new BadParameterException("id", "Parameter 'id' is '" + iri + "', which is not a task or an indicator; "
            + "alignment links tasks and indicators (goals) across levels", "Tham số 'id' là '" + iri
            + "', không phải nhiệm vụ hay chỉ tiêu; liên kết giữa các cấp chỉ nối nhiệm vụ và chỉ tiêu (mục tiêu).");
      }
      Model graph = store.getNamedModel(GRAPH);
      List<AlignmentView.Linked> upstream = new ArrayList<>();
      List<AlignmentView.Linked> downstream = new ArrayList<>();
      String name = string(item, NQ.name);
      graph.listResourcesWithProperty(alignedTask, graph.createResource(iri))
          .forEachRemaining(a -> upstream.add(linked(union, a, a.getPropertyResourceValue(upstreamTask), name, true)));
      graph.listResourcesWithProperty(upstreamTask, graph.createResource(iri))
          .forEachRemaining(a -> downstream.add(linked(union, a, a.getPropertyResourceValue(alignedTask), name, false)));
      Comparator<AlignmentView.Linked> best = Comparator.comparingInt(AlignmentView.Linked::rank)
          .thenComparing(Comparator.comparingDouble(AlignmentView.Linked::score).reversed())
          .thenComparing(AlignmentView.Linked::id);
      upstream.sort(best);
      downstream.sort(best);
      return new AlignmentView(iri, type(item), name, upstream, downstream);
    });
  }

  /** The graph is being replaced by the start's computation: its answers would be partial or stale. */
  private void refuseWhileComputing() {
    AlignmentStatus now = status;
    if (now.computing()) {
      throw new AlignmentComputingException(now);
    }
  }

  /**
   * One alignment as the API shows it, seen from the item named {@code name}: {@code other} is its upstream item when
   * {@code otherIsUpstream}, else its downstream one. The graph stores the evidence of rank-1 alignments only; for the
   * others the shared wording ({@code phrase} evidence) is computed here from the two names, as the ranking computed
   * it; the shared syllables are always computed here ({@link Aligner#explain}).
   */
  private AlignmentView.Linked linked(Model union, Resource alignment, Resource other, String name,
      boolean otherIsUpstream) {
    Resource o = union.createResource(other.getURI());
    String otherName = string(o, NQ.name);
    Aligner.Explanation explained = otherIsUpstream ? aligner.explain(name, otherName) : aligner.explain(otherName, name);
    List<AlignmentView.Evidence> reasons = new ArrayList<>();
    for (String kind : EVIDENCE_KINDS) {
      alignment.listProperties(evidenceProperty(kind)).forEachRemaining(s ->
          reasons.add(new AlignmentView.Evidence(kind, s.getObject().asLiteral().getLexicalForm())));
    }
    int rankOfIt = alignment.getProperty(rank).getInt();
    if (rankOfIt != 1) {
      explained.phrases().forEach(p -> reasons.add(new AlignmentView.Evidence("phrase", p)));
    }
    reasons.sort(Comparator.comparing(AlignmentView.Evidence::kind, Comparator.comparingInt(AlignmentService::kindOrder))
        .thenComparing(e -> -e.text().length()));
    // every part, a part not stated being 0: the JSON's shape does not depend on which parts are non-zero
    // (rank 1 states each part, ranks 2-3 all of them in one nq:scoreParts literal)
    Statement packed = alignment.getProperty(scoreParts);
    Map<String, Double> parts = packed != null ? ScoreParts.unpack(packed.getString()) : new TreeMap<>();
    if (packed == null) {
      for (String feature : ScoreParts.FEATURES) {
        Statement value = alignment.getProperty(scorePartProperty(feature));
        parts.put(feature, value == null ? 0.0 : value.getDouble());
      }
    }
    return new AlignmentView.Linked(o.getURI(), type(o), string(o, NQ.ordinal), otherName, doc(union, o),
        rankOfIt, alignment.getProperty(score).getDouble(), reasons,
        explained.sharedTerms().stream().sorted().toList(), parts);
  }

  private static int kindOrder(String kind) {
    return switch (kind) {
      case "phrase" -> 0;
      case "citation" -> 1;
      case "section" -> 2;
      default -> 3;
    };
  }

  /**
   * The coverage of a document's tasks and goals by the documents below it.
   *
   * @throws UnknownEntityException no triple has {@code iri} as subject
   * @throws BadParameterException the IRI is not a document
   * @throws AlignmentComputingException the start's computation is under way
   */
  public CoverageView coverage(String iri) {
    refuseWhileComputing();
    return Txn.calculateRead(store, () -> {
      Model union = store.getUnionModel();
      Resource doc = union.createResource(iri);
      if (!union.contains(doc, null, (RDFNode) null)) {
        throw new UnknownEntityException(iri);
      }
      if (!doc.hasProperty(RDF.type, NQ.PolicyDocument)) {
        throw new BadParameterException("id", "Parameter 'id' is '" + iri + "', which is not a document; coverage "
            + "lists a document's tasks and goals with what carries them out", "Tham số 'id' là '" + iri
            + "', không phải văn bản; mức độ được thực hiện ở cấp dưới chỉ tính cho nhiệm vụ và mục tiêu của một"
            + " văn bản.");
      }
      Set<Resource> parts = new HashSet<>();
      parts.add(doc);
      union.listResourcesWithProperty(Vocab.eliIsPartOf, doc).forEachRemaining(parts::add);
      List<Resource> items = new ArrayList<>();
      for (Resource part : parts) {
        union.listResourcesWithProperty(NQ.inDocument, part).forEachRemaining(r -> {
          if (r.hasProperty(RDF.type, NQ.Task) || r.hasProperty(RDF.type, NQ.Indicator)) {
            items.add(r);
          }
        });
      }
      items.sort(Comparator.comparing((Resource r) -> r.hasProperty(RDF.type, NQ.Indicator))
          .thenComparingInt(r -> r.hasProperty(NQ.position) ? r.getProperty(NQ.position).getInt() : 0)
          .thenComparing(Resource::getURI));
      Model graph = store.getNamedModel(GRAPH);
      Set<String> levelsSeen = new HashSet<>();
      List<CoverageView.Item> rows = new ArrayList<>();
      List<String> untaken = new ArrayList<>();
      for (Resource item : items) {
        Map<String, Integer> byLevel = new LinkedHashMap<>();
        Set<String> plans = new HashSet<>();
        int total = 0;
        for (Resource down : graph.listSubjectsWithProperty(carriesOut, graph.createResource(item.getURI())).toList()) {
          Resource d = union.createResource(down.getURI());
          AlignmentView.Doc dd = doc(union, d);
          String level = dd == null || dd.level() == null ? "unknown" : dd.level();
          byLevel.merge(level, 1, Integer::sum);
          levelsSeen.add(level);
          if (dd != null) {
            plans.add(dd.id());
          }
          total++;
        }
        if (total == 0) {
          untaken.add(item.getURI());
        }
        rows.add(new CoverageView.Item(item.getURI(), type(item), string(item, NQ.ordinal), string(item, NQ.name),
            total, byLevel, plans.size()));
      }
      List<String> levels = new ArrayList<>(LEVELS.stream().filter(levelsSeen::contains).toList());
      if (levelsSeen.contains("unknown")) {
        levels.add("unknown");
      }
      return new CoverageView(iri, string(doc, Vocab.eliNumber), levels, rows, rows.size() - untaken.size(), untaken);
    });
  }

  private static AlignmentView.Doc doc(Model union, Resource item) {
    Resource d = item.getPropertyResourceValue(NQ.inDocument);
    if (d == null) {
      return null;
    }
    Resource plan = d;
    Resource parent = d.getPropertyResourceValue(Vocab.eliIsPartOf);
    if (parent != null) {
      plan = parent;
    }
    Resource level = d.getPropertyResourceValue(NQ.level);
    if (level == null) {
      level = plan.getPropertyResourceValue(NQ.level);
    }
    Resource source = d.getPropertyResourceValue(NQ.sourceFile);
    String number = string(d, Vocab.eliNumber);
    return new AlignmentView.Doc(d.getURI(), number != null ? number : string(plan, Vocab.eliNumber),
        source == null ? null : string(source, NQ.fileName), level == null ? null : level.getLocalName());
  }

  private static String type(Resource r) {
    return r.hasProperty(RDF.type, NQ.Indicator) ? "Indicator" : "Task";
  }

  private static String string(Resource r, org.apache.jena.rdf.model.Property p) {
    List<String> values = r.listProperties(p).mapWith(Statement::getObject).filterKeep(RDFNode::isLiteral)
        .mapWith(n -> n.asLiteral().getLexicalForm()).toList();
    return values.stream().sorted().findFirst().orElse(null);
  }
}
