package vn.nq57.bench.load;

import org.apache.jena.riot.Lang;
import vn.nq57.bench.peer.FusekiPeer;
import vn.nq57.bench.peer.PeerAnalyzer;
import vn.nq57.loader.Loader;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.report.LoadReport;
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
        long heap;
        try {
            Files.createDirectories(work);
            // What Loader.load does (parse on all cores, SHACL per graph, one TDB2 write transaction fed as documents
            // come), with the time spent writing into the transaction and committing counted apart as "store".
            long quads;
            double parse, store;
            double index = Double.NaN;
            LoadReport report;
            Path nquads = work.resolve("corpus.nq");
            resetPeaks();
            try (GraphStore graphs = GraphStore.open(work.resolve("tdb2"))) {
                long[] writing = {0};
                long t0 = System.nanoTime();
                try (GraphStore.Writer writer = graphs.writer()) {
                    report = new Loader().stream(List.of(corpus), List.of(), doc -> {
                        long t = System.nanoTime();
                        writer.replace(doc.graphIri(), doc.graph().getGraph());
                        writing[0] += System.nanoTime() - t;
                    });
                    long t = System.nanoTime();
                    writer.commit();
                    writing[0] += System.nanoTime() - t;
                }
                double total = since(t0);
                store = writing[0] / 1e9;
                parse = total - store;
                quads = graphs.size();
                log.accept(String.format("parsed and validated %d documents in %.1f s, stored %d quads in %.1f s (one streamed transaction), peak heap %d MB",
                        report.documents().size(), parse, quads, store, peakHeap() >> 20));
                Optional<SearchIndexHook> hook = SearchIndexHook.find();
                if (hook.isPresent()) {
                    long t2 = System.nanoTime();
                    long n = hook.get().build(graphs, work.resolve("index"));
                    index = since(t2);
                    log.accept(String.format("indexed %d entries in %.1f s", n, index));
                } else {
                    log.accept("no search index hook on the classpath: store only");
                }
                heap = heapAfterGc();
                try (OutputStream out = Files.newOutputStream(nquads)) {
                    // The named graphs only: the default graph holds the store's own record of its contents.
                    org.apache.jena.system.Txn.executeRead(graphs.dataset(), () -> {
                        var stream = org.apache.jena.riot.system.StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
                        stream.start();
                        graphs.dataset().asDatasetGraph().findNG(null, null, null, null).forEachRemaining(stream::quad);
                        stream.finish();
                    });
                }
            }
            int tasks = report.tasks(), indicators = report.indicators(), docs = report.documents().size();
            int violations = report.violations().size();

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

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(java.lang.management.MemoryPoolMXBean::resetPeakUsage);
    }

    /** The most heap in use at once since {@link #resetPeaks}, summed over the heap's pools (an upper bound). */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double since(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
