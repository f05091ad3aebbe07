package vn.nq57.loader;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.report.LoadReport;
import vn.nq57.loader.store.GraphStore;
import vn.nq57.loader.validate.ShapeValidator;
import vn.nq57.loader.validate.ShapeViolation;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The load path at scale: documents parsed on several threads give the graphs of a load in source order, validated
 * graph by graph with the same findings as one pass over the run, streamed into one store transaction that a failure
 * at any document aborts, and not held once written.
 */
class StreamedLoadTest {
    @TempDir
    Path dir;

    /** The real documents plus copies under other names in another order of the listing (a multi-document folder). */
    private Path folder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("sources"));
        try (var files = Files.list(RealDocuments.sources())) {
            for (Path f : files.sorted().toList()) Files.copy(f, folder.resolve(f.getFileName()));
        }
        return folder;
    }

    @Test
    void aParallelParseGivesTheSequentialGraphsQuadForQuad() throws Exception {
        Path folder = folder();
        Loader.Run sequential = new Loader(m -> {}, 1).parse(List.of(folder));
        Loader.Run parallel = new Loader(m -> {}, 4).parse(List.of(folder));

        assertEquals(quads(sequential), quads(parallel), "same quads, graph by graph");
        assertEquals(sequential.report().documents(), parallel.report().documents(), "same per-document report");
        assertEquals(new HashSet<>(sequential.report().violations()), new HashSet<>(parallel.report().violations()));
        assertEquals(sequential.documents().stream().map(ParsedDocument::documentIri).toList(),
                parallel.documents().stream().map(ParsedDocument::documentIri).toList(), "documents in source order");
        assertTrue(sequential.documents().size() >= 7);
    }

    @Test
    void validatingGraphByGraphFindsWhatOnePassOverTheRunFinds() throws Exception {
        Loader.Run run = new Loader(m -> {}, 2).parse(List.of(folder()));
        Graph union = GraphMemFactory.createDefaultGraph();
        run.documents().forEach(d -> GraphUtil.addInto(union, d.graph().getGraph()));
        assertEquals(new HashSet<>(new ShapeValidator().validate(union)), new HashSet<>(run.report().violations()));
    }

    @Test
    void aFailureAtALaterDocumentOfAStreamedLoadLeavesTheStoreAsItWas() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Files.copy(RealDocuments.file("000"), first.resolve(RealDocuments.file("000").getFileName()));
        Path second = Files.createDirectories(dir.resolve("second"));
        for (String prefix : List.of("001", "002", "003"))
            Files.copy(RealDocuments.file(prefix), second.resolve(RealDocuments.file(prefix).getFileName()));
        // the same document as the one already loaded, under another name, listed last: refused when it comes
        Files.copy(RealDocuments.file("000"), second.resolve("zz-same-as-000.txt"));

        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            new Loader(m -> {}, 2).load(store, List.of(first));
            Set<String> before = StoreQuads.of(store);

            List<String> messages = new ArrayList<>();
            SourceException e = assertThrows(SourceException.class,
                    () -> new Loader(messages::add, 2).load(store, List.of(second)));
            assertTrue(e.getMessage().contains("zz-same-as-000.txt"), e.getMessage());
            int writing = indexOf(messages, "loading into"), refused = messages.size();
            assertTrue(writing >= 0 && messages.subList(writing, refused).stream().filter(m -> m.startsWith("parsed ")).count() >= 3,
                    "the three documents before it were written into the transaction first: " + messages);
            assertEquals(before, StoreQuads.of(store), "the store is as it was");

            LoadReport ok = new Loader(m -> {}, 2).load(store, List.of(second.resolve(RealDocuments.file("001").getFileName())));
            assertEquals(1, ok.documents().size(), "the store still takes writes after the abort");
        }
    }

    @Test
    void aStrictLoadWithViolationsIsNotCommitted() throws Exception {
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            LoadReport report = new Loader(m -> {}, 2).load(store, List.of(RealDocuments.file("001")), false, r -> false);
            assertEquals(1, report.documents().size());
            assertEquals(Set.of(), StoreQuads.of(store), "nothing committed when the report is refused");
        }
    }

    @Test
    void documentsAreNotHeldOnceTheSinkHasThem() throws Exception {
        Path folder = folder();
        List<WeakReference<Object>> graphs = new ArrayList<>();
        int[] stillHeld = {-1};
        int total;
        try (var files = Files.list(folder)) { total = (int) files.count(); }
        new Loader(m -> {}, 2).stream(List.of(folder), List.of(), doc -> {
            graphs.add(new WeakReference<>(doc.graph()));
            graphs.add(new WeakReference<>(doc.source()));
            if (graphs.size() == 2 * total) stillHeld[0] = heldAfterGc(graphs.subList(0, graphs.size() - 2));
        });
        assertEquals(0, stillHeld[0], "when the last document is handed over, no earlier graph or text is reachable");
    }

    private static int heldAfterGc(List<WeakReference<Object>> refs) {
        for (int i = 0; i < 20; i++) {
            if (refs.stream().allMatch(r -> r.get() == null)) return 0;
            System.gc();
            try { Thread.sleep(20); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
        }
        return (int) refs.stream().filter(r -> r.get() != null).count();
    }

    private static int indexOf(List<String> messages, String start) {
        for (int i = 0; i < messages.size(); i++) if (messages.get(i).startsWith(start)) return i;
        return -1;
    }

    private static Set<String> quads(Loader.Run run) {
        Set<String> out = new TreeSet<>();
        for (var it = run.dataset().find(); it.hasNext(); ) out.add(StoreQuads.key(it.next()));
        return out;
    }
}
