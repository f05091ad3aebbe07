package vn.nq57.loader.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.Loader;
import vn.nq57.ontology.NQ;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every writer of ours records what the store holds in the same transaction as its change, and the record is what a
 * full count of the store gives: the transactional load (as {@code ./nq57 load} into a stopped store), the bulk load
 * of a first start, a replace, a load that fails (the record stays the old one with the old store); a store without a
 * record is counted and recorded; the record is invisible to queries over the union of the named graphs.
 */
class StoreContentsTest {
    @TempDir
    Path dir;

    private Path sources(String name, int from, int to) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        try (var files = Files.list(vn.nq57.loader.RealDocuments.sources())) {
            for (Path f : files.sorted().toList().subList(from, to)) Files.copy(f, folder.resolve(f.getFileName()));
        }
        return folder;
    }

    private static Optional<StoreContents> recorded(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> StoreContents.recorded(store.dataset().asDatasetGraph()));
    }

    private static StoreContents counted(GraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> StoreContents.count(store.dataset().asDatasetGraph()));
    }

    @Test
    void eachLoadRecordsWhatAFullCountGives() throws Exception {
        Path first = sources("first", 0, 2), rest = sources("rest", 2, 5);
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            assertTrue(recorded(store).isEmpty(), "a new store records nothing");
            new Loader(m -> {}, 2).load(store, List.of(first));
            StoreContents afterFirst = recorded(store).orElseThrow();
            assertEquals(counted(store), afterFirst);

            new Loader(m -> {}, 2).load(store, List.of(rest));
            StoreContents afterRest = recorded(store).orElseThrow();
            assertEquals(counted(store), afterRest, "a second load recounts the graphs it wrote");
            assertNotEquals(afterFirst, afterRest);

            // The same file with other bytes, replaced explicitly: same graph, another checksum.
            Path changed = Files.createDirectories(dir.resolve("changed"));
            Path one;
            try (var files = Files.list(first)) {
                one = files.sorted().findFirst().orElseThrow();
            }
            Files.writeString(changed.resolve(one.getFileName()), Files.readString(one) + "\n");
            new Loader(m -> {}, 2).load(store, List.of(changed), true);
            assertEquals(counted(store), recorded(store).orElseThrow());
            assertNotEquals(afterRest, recorded(store).orElseThrow(), "another checksum changes the record");

            // The record is the store's own: queries over the union of the document graphs do not see it.
            long seen = Txn.calculateRead(store.dataset(), () -> {
                try (var qe = org.apache.jena.query.QueryExecutionFactory.create(
                        "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?p), \"" + StoreContents.RECORD + "\")) }",
                        store.dataset())) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertEquals(0, seen);
        }
    }

    @Test
    void aLoadThatFailsLeavesStoreAndRecordAsTheyWere() throws Exception {
        Path first = sources("first", 0, 2), rest = sources("rest", 2, 4);
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            new Loader(m -> {}, 2).load(store, List.of(first));
            StoreContents before = recorded(store).orElseThrow();
            new Loader(m -> {}, 2).load(store, List.of(rest), false, report -> false); // asked to commit: no
            assertEquals(before, recorded(store).orElseThrow());
            assertEquals(before, counted(store));
        }
    }

    @Test
    void aBulkLoadRecordsWhatAFullCountGives() throws Exception {
        Path all = sources("all", 0, 4);
        try (GraphStore store = GraphStore.open(dir.resolve("bulk"))) {
            new Loader(m -> {}, 2).loadFresh(store, List.of(all), GraphStore.BulkLoader.PHASED);
            assertEquals(counted(store), recorded(store).orElseThrow());
        }
        // durable: the record is there when the store is opened again
        TDBInternal.expel(TDB2Factory.connectDataset(dir.resolve("bulk").toString()).asDatasetGraph());
        try (GraphStore again = GraphStore.open(dir.resolve("bulk"))) {
            assertEquals(counted(again), recorded(again).orElseThrow());
        }
    }

    @Test
    void aStoreWithoutARecordIsCountedAndRecordedAndTheAlignmentGraphIsLeftOut() {
        Dataset ds = TDB2Factory.createDataset();
        Node g = NodeFactory.createURI(NQ.GRAPH + "some-file.txt");
        Node s = NodeFactory.createURI("urn:x:source");
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            dsg.add(g, s, NQ.sha256.asNode(), NodeFactory.createLiteralString("ab".repeat(32)));
            dsg.add(g, s, NQ.fileName.asNode(), NodeFactory.createLiteralString("some-file.txt"));
        });
        assertTrue(Txn.calculateRead(ds, () -> StoreContents.recorded(ds.asDatasetGraph())).isEmpty());
        StoreContents made = Txn.calculateWrite(ds, () -> StoreContents.update(ds.asDatasetGraph(), List.of()));
        StoreContents counted = Txn.calculateRead(ds, () -> StoreContents.count(ds.asDatasetGraph()));
        assertEquals(counted, made);
        assertEquals(counted, Txn.calculateRead(ds, () -> StoreContents.recorded(ds.asDatasetGraph())).orElseThrow());
        assertTrue(counted.lines().contains("default 0"), "the record's own quads are not counted: " + counted.lines());
        assertTrue(counted.lines().contains(g + " 2"), counted.lines().toString());

        // An alignment written changes nothing the record covers.
        Txn.executeWrite(ds, () -> ds.asDatasetGraph().add(NodeFactory.createURI(NQ.ALIGNMENT_GRAPH), s,
                NQ.sha256.asNode(), NodeFactory.createLiteralString("x")));
        assertEquals(counted, Txn.calculateRead(ds, () -> StoreContents.count(ds.asDatasetGraph())));

        // A graph emptied and recorded disappears from the record.
        StoreContents emptied = Txn.calculateWrite(ds, () -> {
            ds.asDatasetGraph().deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            return StoreContents.update(ds.asDatasetGraph(), List.of(g.getURI()));
        });
        assertEquals(List.of("default 0"), emptied.lines());
        assertEquals(emptied, Txn.calculateRead(ds, () -> StoreContents.recorded(ds.asDatasetGraph())).orElseThrow());
        assertFalse(Txn.calculateRead(ds, () -> ds.asDatasetGraph().find(Quad.defaultGraphIRI, g, Node.ANY, Node.ANY)
                .hasNext()), "no record line left for the emptied graph");
    }
}
