package vn.nq57.bench.load;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import vn.nq57.bench.peer.FusekiPeer;
import vn.nq57.bench.peer.PeerAnalyzer;
import vn.nq57.loader.Loader;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.store.GraphStore;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Parse + load + index of a corpus by our loader, then the same content (exported as N-Quads) by the peer's
 * {@code tdb2.tdbloader} and {@code jena.textindexer}. Our side runs in this JVM (as the {@code load} command does),
 * the peer's tools each in a JVM of their own.
 */
public final class LoadBenchmark {
    private final Consumer<String> log;

    public LoadBenchmark(Consumer<String> log) {
        this.log = log;
    }

    /**
     * @param work  a fresh directory for stores, indexes and the N-Quads export
     * @param peer  the peer to compare with, or empty to measure our side only
     */
    public LoadResult run(String label, Path corpus, Path work, Optional<FusekiPeer> peer) {
        try {
            Files.createDirectories(work);
            long t0 = System.nanoTime();
            Loader.Run run = new Loader().parse(List.of(corpus));
            double parse = since(t0);
            log.accept(String.format("parsed %d documents in %.1f s", run.documents().size(), parse));

            long quads;
            double store;
            double index = Double.NaN;
            try (GraphStore graphs = GraphStore.open(work.resolve("tdb2"))) {
                long t1 = System.nanoTime();
                graphs.replaceGraphs(run.dataset(), () -> {});
                store = since(t1);
                quads = run.dataset().stream().count();
                log.accept(String.format("stored %d quads in %.1f s", quads, store));
                Optional<SearchIndexHook> hook = SearchIndexHook.find();
                if (hook.isPresent()) {
                    long t2 = System.nanoTime();
                    long n = hook.get().build(graphs, work.resolve("index"));
                    index = since(t2);
                    log.accept(String.format("indexed %d entries in %.1f s", n, index));
                } else {
                    log.accept("no search index hook on the classpath: store only");
                }
            }
            long heap = heapAfterGc();
            Path nquads = work.resolve("corpus.nq");
            try (OutputStream out = Files.newOutputStream(nquads)) {
                RDFDataMgr.write(out, run.dataset(), Lang.NQUADS);
            }
            int tasks = run.report().tasks(), indicators = run.report().indicators(), docs = run.documents().size();
            int violations = run.report().violations().size();
            run = null; // let the peer's tools have the memory

            double peerLoad = Double.NaN, peerStandard = Double.NaN, peerFolding = Double.NaN;
            if (peer.isPresent()) {
                peerLoad = peer.get().load(nquads);
                log.accept(String.format("peer tdb2.tdbloader: %.1f s", peerLoad));
                peerStandard = peer.get().index(PeerAnalyzer.STANDARD);
                peerFolding = peer.get().index(PeerAnalyzer.ASCII_FOLDING);
                log.accept(String.format("peer jena.textindexer: %.1f s (standard), %.1f s (folding)", peerStandard, peerFolding));
            }
            return new LoadResult(label, docs, tasks, indicators, quads, violations, parse, store, index, heap,
                    peerLoad, peerStandard, peerFolding);
        } catch (SourceException e) {
            throw new IllegalStateException("corpus did not load: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double since(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
