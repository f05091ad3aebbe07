package vn.nq57.loader.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * The embedded TDB2 store: one named graph per source document. Every change is one write transaction, so a
 * load that fails half way leaves the store exactly as it was. Every change also records, in the same transaction,
 * what the store then holds ({@link StoreContents}), so a reader can tell in one quad per graph whether the store is
 * still the one something was built from.
 */
public final class GraphStore implements AutoCloseable {
    private final Path directory;
    private final Dataset dataset;

    private GraphStore(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
    }

    public static GraphStore open(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create store directory " + directory, e);
        }
        Dataset dataset;
        try {
            dataset = TDB2Factory.connectDataset(directory.toString());
            // Touch the store so a lock held by another process shows here, not in the middle of a load.
            Txn.executeRead(dataset, () -> dataset.asDatasetGraph().isEmpty());
        } catch (RuntimeException e) {
            if (isLock(e)) throw new StoreLockedException(directory, e);
            throw e;
        }
        // Queries see the union of the document graphs as their default graph, as the SPARQL endpoint does.
        dataset.getContext().set(org.apache.jena.tdb2.TDB2.symUnionDefaultGraph, true);
        return new GraphStore(directory, dataset);
    }

    private static boolean isLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.jena.dboe.base.file.AlreadyLocked) return true;
            String m = t.getMessage();
            if (m != null && m.contains("lock") && m.contains("tdb.lock")) return true;
        }
        return false;
    }

    public Path directory() { return directory; }

    /**
     * One document already in the store: its named graph, the file it was loaded from and that file's SHA-256, and
     * the document's own IRI (cited stubs in other graphs do not count).
     */
    public record LoadedDocument(String graph, String fileName, String sha256, String documentIri) {}

    /** The documents in the store, one per named graph holding a source file, read in one transaction. */
    public java.util.List<LoadedDocument> documents() {
        String query = """
                PREFIX nq: <%s>
                SELECT ?g ?name ?sha ?doc WHERE { GRAPH ?g {
                  ?f a nq:SourceFile ; nq:fileName ?name ; nq:sha256 ?sha .
                  OPTIONAL { ?doc a nq:PolicyDocument ; nq:sourceFile ?f }
                } }""".formatted(vn.nq57.ontology.NQ.NS);
        return Txn.calculateRead(dataset, () -> {
            java.util.List<LoadedDocument> out = new java.util.ArrayList<>();
            try (var qe = org.apache.jena.query.QueryExecutionFactory.create(query, dataset)) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    var row = rs.next();
                    out.add(new LoadedDocument(row.getResource("g").getURI(), row.getLiteral("name").getLexicalForm(),
                            row.getLiteral("sha").getLexicalForm(), row.contains("doc") ? row.getResource("doc").getURI() : null));
                }
            }
            return out;
        });
    }

    public Dataset dataset() { return dataset; }

    /** The documents this store knows, loaded or cited: see {@link #knownDocuments(Dataset)}. */
    public java.util.List<vn.nq57.loader.graph.KnownDocument> knownDocuments() {
        return knownDocuments(dataset);
    }

    /**
     * Every document {@code dataset} knows (loaded from a file or only cited) with its area, number and year, the
     * loaded ones first (their own year is the truth), read in one transaction. A new load given these names what it
     * cites with the IRIs the store already uses.
     */
    public static java.util.List<vn.nq57.loader.graph.KnownDocument> knownDocuments(Dataset dataset) {
        String query = """
                PREFIX nq: <%s>
                PREFIX eli: <http://data.europa.eu/eli/ontology#>
                SELECT DISTINCT ?area ?number ?year ?loaded WHERE {
                  ?doc a nq:PolicyDocument ; eli:number ?number ; nq:area ?area .
                  OPTIONAL { ?doc nq:year ?year }
                  BIND(EXISTS { ?doc nq:sourceFile ?f } AS ?loaded)
                } ORDER BY DESC(?loaded)""".formatted(vn.nq57.ontology.NQ.NS);
        return Txn.calculateRead(dataset, () -> {
            java.util.List<vn.nq57.loader.graph.KnownDocument> out = new java.util.ArrayList<>();
            try (var qe = org.apache.jena.query.QueryExecutionFactory.create(query, dataset)) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    var row = rs.next();
                    if (!row.get("area").isURIResource()) continue;
                    Integer year = null;
                    if (row.contains("year")) {
                        try { year = Integer.valueOf(row.getLiteral("year").getLexicalForm().substring(0, 4)); }
                        catch (RuntimeException e) { year = null; }   // a malformed year states nothing
                    }
                    out.add(new vn.nq57.loader.graph.KnownDocument(row.getResource("area").getURI(),
                            row.getLiteral("number").getLexicalForm(), year));
                }
            }
            return out;
        });
    }

    /**
     * Replaces, in one transaction, every named graph present in {@code loaded} by its new content. Loading the same
     * document again therefore gives the same triples, never duplicates. If {@code beforeCommit} throws, nothing changes.
     */
    public void replaceGraphs(DatasetGraph loaded, Runnable beforeCommit) {
        Txn.executeWrite(dataset, () -> {
            DatasetGraph target = dataset.asDatasetGraph();
            for (Iterator<org.apache.jena.graph.Node> names = loaded.listGraphNodes(); names.hasNext(); ) {
                org.apache.jena.graph.Node name = names.next();
                target.deleteAny(name, null, null, null);
            }
            for (Iterator<Quad> quads = loaded.find(); quads.hasNext(); ) {
                Quad q = quads.next();
                if (!q.isDefaultGraph()) target.add(q);
            }
            java.util.Set<String> graphs = new java.util.LinkedHashSet<>();
            loaded.listGraphNodes().forEachRemaining(g -> { if (g.isURI()) graphs.add(g.getURI()); });
            graphs.addAll(UndatedCitations.resolve(target).graphs());
            StoreContents.update(target, graphs);
            beforeCommit.run();
        });
    }

    /**
     * Opens one write transaction that is fed graph by graph ({@link Writer#replace}) and made visible all at once by
     * {@link Writer#commit}; closing it uncommitted (a failure on the way) aborts it, so the store stays as it was.
     * TDB2 write transactions have no size limit, so a whole run goes through one without being held in memory.
     * The transaction belongs to the calling thread: use the writer on that thread only.
     */
    public Writer writer() {
        dataset.begin(org.apache.jena.query.TxnType.WRITE);
        return new Writer();
    }

    /** An open write transaction on this store: see {@link #writer()}. */
    public final class Writer implements AutoCloseable {
        private final java.util.Set<String> replaced = new java.util.LinkedHashSet<>();
        private boolean ended;

        private Writer() {}

        /** Replaces the named graph {@code graphIri} by the triples of {@code graph} (no duplicates on a reload). */
        public void replace(String graphIri, org.apache.jena.graph.Graph graph) {
            if (ended) throw new IllegalStateException("the transaction has ended");
            DatasetGraph target = dataset.asDatasetGraph();
            org.apache.jena.graph.Node name = org.apache.jena.graph.NodeFactory.createURI(graphIri);
            target.deleteAny(name, null, null, null);
            graph.find().forEachRemaining(t -> target.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            replaced.add(graphIri);
        }

        /**
         * Makes a document cited undated by an earlier load one with its dated identity now in the store
         * ({@link UndatedCitations}), records what the store now holds ({@link StoreContents#update}) and makes every
         * change visible at once.
         */
        public void commit() {
            if (ended) throw new IllegalStateException("the transaction has ended");
            replaced.addAll(UndatedCitations.resolve(dataset.asDatasetGraph()).graphs());
            StoreContents.update(dataset.asDatasetGraph(), replaced);
            dataset.commit();
            dataset.end();
            ended = true;
        }

        /** Aborts the transaction unless it was committed: nothing written through this writer stays. */
        @Override
        public void close() {
            if (ended) return;
            ended = true;
            try {
                dataset.abort();
            } finally {
                dataset.end();
            }
        }
    }

    /**
     * Jena's TDB2 bulk loaders ({@code org.apache.jena.tdb2.loader.LoaderFactory}), as {@code tdb2.tdbloader
     * --loader=...} names them: BASIC (one thread), SEQUENTIAL (one thread, secondary indexes built after the data),
     * PHASED (a few threads, one phase at a time), PARALLEL (many threads at once).
     */
    public enum BulkLoader { BASIC, SEQUENTIAL, PHASED, PARALLEL }

    /**
     * Opens Jena's bulk loader on this store, for a store that is still empty (a first build): the loader writes the
     * node table and the indexes in batches instead of one quad at a time in one transaction. It gives no rollback of
     * its own, so use it only on a store nobody reads yet and that is thrown away when the load fails (e.g. a
     * {@code .building-} folder renamed into place only when complete); a store with data keeps {@link #writer()}.
     * Feed it on one thread; {@link BulkWriter#finish} makes the data durable.
     *
     * @param kind which of Jena's bulk loaders to use (see {@link BulkLoader})
     * @throws IllegalStateException when the store already holds data
     */
    public BulkWriter bulkWriter(BulkLoader kind) {
        boolean empty = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().isEmpty());
        if (!empty) throw new IllegalStateException("the bulk loader is for an empty store; " + directory + " holds data");
        DatasetGraph dsg = dataset.asDatasetGraph();
        org.apache.jena.system.progress.MonitorOutput quiet = (format, args) -> {};
        org.apache.jena.tdb2.loader.DataLoader loader = switch (kind) {
            case BASIC -> org.apache.jena.tdb2.loader.LoaderFactory.basicLoader(dsg, quiet);
            case SEQUENTIAL -> org.apache.jena.tdb2.loader.LoaderFactory.sequentialLoader(dsg, quiet);
            case PHASED -> org.apache.jena.tdb2.loader.LoaderFactory.phasedLoader(dsg, quiet);
            case PARALLEL -> org.apache.jena.tdb2.loader.LoaderFactory.parallelLoader(dsg, quiet);
        };
        loader.startBulk();
        return new BulkWriter(dataset, loader);
    }

    /** An open bulk load into an empty store: see {@link #bulkWriter(BulkLoader)}. */
    public static final class BulkWriter implements AutoCloseable {
        private final Dataset dataset;
        private final org.apache.jena.tdb2.loader.DataLoader loader;
        private final org.apache.jena.riot.system.StreamRDF stream;
        private final java.util.Set<String> graphs = new java.util.HashSet<>();
        private boolean ended;

        private BulkWriter(Dataset dataset, org.apache.jena.tdb2.loader.DataLoader loader) {
            this.dataset = dataset;
            this.loader = loader;
            this.stream = loader.stream();
            stream.start();
        }

        /**
         * Adds the triples of {@code graph} as the named graph {@code graphIri}.
         *
         * @throws IllegalStateException when this load already had a graph of that name (a bulk load cannot replace)
         */
        public void add(String graphIri, org.apache.jena.graph.Graph graph) {
            if (ended) throw new IllegalStateException("the bulk load has ended");
            if (!graphs.add(graphIri)) throw new IllegalStateException("graph " + graphIri + " given twice to one bulk load");
            org.apache.jena.graph.Node name = org.apache.jena.graph.NodeFactory.createURI(graphIri);
            graph.find().forEachRemaining(t -> stream.quad(Quad.create(name, t)));
        }

        /**
         * Ends the load: the loader builds what it deferred and commits; then what the store holds is counted and
         * recorded ({@link StoreContents#recordAll}, one more write transaction: the bulk loader's store is not
         * anybody's yet, so the two need not be one).
         */
        public void finish() {
            if (ended) throw new IllegalStateException("the bulk load has ended");
            ended = true;
            stream.finish();
            loader.finishBulk();
            Txn.executeWrite(dataset, () -> StoreContents.recordAll(dataset.asDatasetGraph()));
        }

        /**
         * Ends an unfinished load after a failure (the loader's threads stop); what it wrote is not a usable store,
         * so the caller throws the store away.
         */
        @Override
        public void close() {
            if (ended) return;
            ended = true;
            try {
                stream.finish();
            } finally {
                loader.finishException(new IllegalStateException("bulk load abandoned"));
            }
        }
    }

    /** Number of quads in the named graphs, for reports (the store's own record in its default graph not counted). */
    public long size() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            for (Iterator<Quad> it = dataset.asDatasetGraph().findNG(null, null, null, null); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    @Override
    public void close() {
        dataset.close();
    }
}
