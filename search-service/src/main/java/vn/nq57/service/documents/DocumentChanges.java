package vn.nq57.service.documents;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.nq57.loader.Loader;
import vn.nq57.loader.store.GraphStore;
import vn.nq57.loader.store.StoreContents;
import vn.nq57.loader.store.UndatedCitations;
import vn.nq57.loader.ParsedDocument;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.report.DocumentReport;
import vn.nq57.loader.report.LoadReport;
import vn.nq57.ontology.NQ;
import vn.nq57.ontology.Vocab;
import vn.nq57.search.index.SearchIndex;
import vn.nq57.service.alignment.AlignmentService;
import vn.nq57.service.store.DatasetHolder;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Adds, replaces and removes documents in the running service, each change atomic:
 * <ol>
 *   <li>the uploaded files are saved under their own names in a temporary folder and read, parsed and validated by
 *       the loader's public API ({@link Loader#parse}), so every format the loader reads is accepted here unchanged;</li>
 *   <li>anything unreadable, not recognised as a document, not conforming to the shapes, or in conflict with what
 *       the store holds (a file name or a document already loaded) is refused before the store is touched;</li>
 *   <li>one TDB2 write transaction replaces the named graphs and records what the store then holds
 *       ({@link StoreContents#update}, the changed graphs recounted), and inside it, before the commit, the search index's
 *       next generation is written with the entities this change touches re-read from the store (not rebuilt), so a
 *       failure of either aborts both;</li>
 *   <li>after the commit the new generation is swapped in by an atomic rename: searches see all of the change or
 *       none; its recorded store fingerprint matches the store, so a restart does not rebuild the index.</li>
 * </ol>
 * A document cited by plans already loaded has the same IRI as their stub of it, so it merges with them in the union
 * graph, and lineage (asked of the graph at query time) goes through it at once. Changes are run one at a time by
 * {@link DocumentJobs}.
 */
@Component
public class DocumentChanges {
    private static final Logger log = LoggerFactory.getLogger(DocumentChanges.class);

    private final DatasetHolder store;
    private final SearchIndex index;
    private final DocumentCatalog catalog;
    private final Path kept;
    private final AlignmentService alignment;

    public DocumentChanges(DatasetHolder store, SearchIndex index, DocumentCatalog catalog,
                           DocumentsProperties properties, AlignmentService alignment) {
        this.store = store;
        this.index = index;
        this.catalog = catalog;
        this.kept = properties.dir().toAbsolutePath().normalize();
        this.alignment = alignment;
    }

    /** Adds the documents of new files; a file whose name is already loaded is refused (replace it explicitly). */
    public ChangeResult add(List<Upload> uploads, Job job) {
        return apply(uploads, List.of(), job);
    }

    /** Replaces the document {@code id} by the one in {@code upload}, whatever the new file's name. */
    public ChangeResult replace(String id, Upload upload, Job job) {
        DocumentSummary old = catalog.find(id).orElseThrow(() -> UnknownDocumentException.document(id));
        return apply(List.of(upload), List.of(old), job);
    }

    /** Removes the document {@code id}; the documents citing it keep their stub of it. */
    public ChangeResult remove(String id, Job job) {
        DocumentSummary old = catalog.find(id).orElseThrow(() -> UnknownDocumentException.document(id));
        return apply(List.of(), List.of(old), job);
    }

    private ChangeResult apply(List<Upload> uploads, List<DocumentSummary> removed, Job job) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("nq57-upload-");
            List<Path> files = save(uploads, folder);
            long started = System.nanoTime();
            Loader.Run run = null;
            if (!files.isEmpty()) {
                job.phase(Job.Phase.READING);
                run = parse(files, job);
                job.phase(Job.Phase.VALIDATING);
                check(run, removed);
            }
            long parsed = System.nanoTime();
            job.phase(Job.Phase.STORING);
            int indexed = write(run, removed, job);
            long written = System.nanoTime();
            keep(files, removed, run);
            recatalogue(run, removed);
            List<DocumentSummary> added = new ArrayList<>();
            if (run != null) {
                for (ParsedDocument doc : run.documents()) {
                    catalog.find(DocumentCatalog.id(doc.graphIri())).ifPresent(added::add);
                }
            }
            realign(run, removed);
            log.info("documents changed: {} added, {} removed, {} entities indexed; read, parse and check {} ms, "
                            + "store and index {} ms", added.stream().map(DocumentSummary::id).toList(),
                    removed.stream().map(DocumentSummary::id).toList(), indexed, (parsed - started) / 1_000_000,
                    (written - parsed) / 1_000_000);
            return new ChangeResult(added, removed.stream().map(DocumentSummary::id).toList(),
                    run == null ? null : run.report(), indexed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the uploaded files", e);
        } finally {
            if (folder != null) deleteQuietly(folder);
        }
    }

    /** Tells the catalogue which graphs the committed change wrote, so {@code GET /api/documents} shows it. */
    private void recatalogue(Loader.Run run, List<DocumentSummary> removed) {
        Set<String> graphs = new LinkedHashSet<>();
        removed.forEach(d -> graphs.add(d.graph()));
        if (run != null) run.documents().forEach(d -> graphs.add(d.graphIri()));
        try {
            catalog.refresh(graphs);
        } catch (RuntimeException e) {
            log.error("the documents' list could not be updated for {}; it is read again from the store", graphs, e);
        }
    }

    /**
     * Schedules the recomputation of the inferred alignments of the changed documents and of those below them, in the
     * background: the upload answers as soon as the document is stored and searchable, and
     * {@code GET /api/alignment/status} shows the run ({@code updating}). The alignment graph is derived and not
     * indexed, so this runs after the change is committed and visible; a failure is logged and leaves the previous
     * alignments, never undoing the change (the next start recomputes what is stale).
     */
    private void realign(Loader.Run run, List<DocumentSummary> removed) {
        Set<String> documents = new LinkedHashSet<>();
        removed.forEach(d -> { if (d.document() != null) documents.add(d.document()); });
        if (run != null) run.documents().forEach(d -> documents.add(d.documentIri()));
        if (documents.isEmpty()) return;
        alignment.recomputeInBackground(documents);
    }

    /** The uploads as files of their own names (no folders), so the loader names them in its messages. */
    private static List<Path> save(List<Upload> uploads, Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (Upload upload : uploads) {
            String name = fileName(upload.fileName());
            if (!names.add(name)) {
                throw new DocumentRefusedException(HttpStatus.CONFLICT, "Same file twice",
                        "The file '" + name + "' is sent twice in one request",
                        "Tệp '" + name + "' được gửi hai lần trong cùng một yêu cầu.", name, null);
            }
            Path file = folder.resolve(name);
            Files.write(file, upload.bytes());
            files.add(file);
        }
        return files;
    }

    /**
     * A file's own name: NFC, without any folder a browser or client put before it; names that are empty, hidden,
     * too long or carry control characters are refused.
     */
    static String fileName(String given) {
        String name = given == null ? "" : Normalizer.normalize(given, Normalizer.Form.NFC).strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1).strip();
        boolean control = name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0xFFFD);
        if (name.isEmpty() || name.startsWith(".") || name.length() > 200 || control) {
            throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "Bad file name",
                    "The file name '" + (given == null ? "" : given) + "' cannot be used: give a plain name "
                            + "such as 'ke-hoach-92.docx' (no folders, no leading dot, at most 200 characters)",
                    "Không dùng được tên tệp '" + (given == null ? "" : given) + "': hãy đặt một tên đơn giản như"
                            + " 'ke-hoach-92.docx' (không có thư mục, không bắt đầu bằng dấu chấm, tối đa 200 ký tự).",
                    given, null);
        }
        return name;
    }

    private Loader.Run parse(List<Path> files, Job job) {
        String names = String.join(", ", files.stream().map(f -> f.getFileName().toString()).toList());
        try {
            // what the uploads cite keeps the IRI the store already gives it (an undated "57-NQ/TW" is the stored one)
            // the loader names files by path: a job's message shows the file's name, not the server's temporary folder
            Consumer<String> progress = job.progress();
            String folder = files.isEmpty() ? null : files.getFirst().getParent() + File.separator;
            return new Loader(line -> progress.accept(folder == null ? line : line.replace(folder, "")))
                    .parse(files, GraphStore.knownDocuments(store.dataset()));
        } catch (SourceException e) {
            throw new DocumentRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Document cannot be read",
                    e.getMessage(), e.vietnamese() + ".", names, null);
        } catch (RuntimeException e) {
            log.warn("the loader failed on {}", names, e);
            throw new DocumentRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Document cannot be read",
                    "The loader could not read " + names + ": " + e.getMessage(),
                    "Bộ nạp không đọc được " + names + " (lỗi " + e.getClass().getSimpleName() + ").", names, null);
        }
    }

    /** Refuses, before the store is touched, what would not load cleanly or would clash with what is there. */
    private void check(Loader.Run run, List<DocumentSummary> removed) {
        LoadReport report = run.report();
        Set<String> replacing = new LinkedHashSet<>(removed.stream().map(DocumentSummary::graph).toList());
        Map<String, String> documentGraph = new HashMap<>();
        for (ParsedDocument doc : run.documents()) {
            String file = doc.source().fileName();
            DocumentReport r = reportOf(report, file);
            boolean nothing = r != null && r.tasks() == 0 && r.indicators() == 0 && r.references() == 0 && r.number() == null;
            if (nothing) {
                throw new DocumentRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Not a recognised document",
                        "The file '" + file + "' was read but holds no document number, no task or indicator table "
                                + "and no reference to another document: nothing to add",
                        "Đã đọc tệp '" + file + "' nhưng không thấy số hiệu văn bản, bảng nhiệm vụ hay chỉ tiêu nào,"
                                + " cũng không có dẫn chiếu tới văn bản khác: không có gì để thêm.", file, report);
            }
            String previous = documentGraph.putIfAbsent(doc.documentIri(), doc.graphIri());
            if (previous != null) {
                throw new DocumentRefusedException(HttpStatus.CONFLICT, "Same document twice",
                        "Two of the files are the same document " + doc.documentIri(),
                        "Hai trong số các tệp gửi lên là cùng một văn bản " + doc.documentIri() + ".", file, report);
            }
            Set<String> holders = Txn.calculateRead(store.dataset(), () -> graphsDescribing(doc.documentIri()));
            holders.removeAll(replacing);
            holders.remove(doc.graphIri());
            if (!holders.isEmpty()) {
                String other = DocumentCatalog.id(holders.iterator().next());
                // named by its file, which the officer knows; a PUT to its id replaces it whatever the new file's name
                String otherFile = catalog.find(other).map(DocumentSummary::file).orElse(other);
                throw withLoaded(new DocumentRefusedException(HttpStatus.CONFLICT, "Document already loaded",
                        "The file '" + file + "' is the document " + doc.documentIri() + ", already loaded from the file '"
                                + otherFile + "'; to replace that one with this file, send it with PUT /api/documents/"
                                + other + " (what ./nq57 load --server … --replace does), or remove it first",
                        "Tệp '" + file + "' là văn bản " + doc.documentIri() + ", đã được nạp từ tệp '" + otherFile
                                + "'; muốn dùng tệp này thay cho tệp đó, hãy gửi nó bằng PUT /api/documents/" + other
                                + " (lệnh ./nq57 load --server … --replace làm đúng việc này), hoặc xoá văn bản đó trước.",
                        file, report), other);
            }
            boolean exists = Txn.calculateRead(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                Node g = NodeFactory.createURI(doc.graphIri());
                return dsg.containsGraph(g) && !dsg.getGraph(g).isEmpty();
            });
            if (exists && !replacing.contains(doc.graphIri())) {
                String id = DocumentCatalog.id(doc.graphIri());
                throw withLoaded(new DocumentRefusedException(HttpStatus.CONFLICT, "File already loaded",
                        (id.equals(file) ? "The file '" + file + "' is already loaded"
                                : "A file named like '" + file + "' is already loaded as '" + id + "'")
                                + "; replace it explicitly with PUT /api/documents/" + id
                                + ", or give the new file another name",
                        (id.equals(file) ? "Tệp '" + file + "' đã được nạp"
                                : "Một tệp cùng tên với '" + file + "' đã được nạp với mã '" + id + "'")
                                + "; muốn thay thế, hãy dùng PUT /api/documents/" + id
                                + ", hoặc đặt tên khác cho tệp mới.", file, report), id);
            }
        }
        if (!report.conforms()) {
            throw new DocumentRefusedException(HttpStatus.UNPROCESSABLE_CONTENT, "Document does not conform",
                    "The graph read from " + String.join(", ", run.documents().stream().map(d -> d.source().fileName())
                            .toList()) + " breaks " + report.errors().size()
                            + " rule(s) of the ontology's shapes; see 'report.violations'",
                    "Đồ thị đọc từ " + String.join(", ", run.documents().stream().map(d -> d.source().fileName())
                            .toList()) + " vi phạm " + report.errors().size()
                            + " quy tắc ràng buộc (shapes) của bản thể học; xem 'report.violations'.", null, report);
        }
    }

    /**
     * Names in a 409 the loaded document the upload clashes with, so that a client can act on it rather than on the
     * upload's own name (which, for the same document under another file name, is not loaded at all): {@code loadedAs}
     * the id to replace ({@code PUT /api/documents/{loadedAs}}), {@code loadedFile} its file and {@code loadedDocument}
     * its IRI (its page). Takes the refusal and that document's id; gives the refusal back.
     */
    private DocumentRefusedException withLoaded(DocumentRefusedException refusal, String loadedId) {
        catalog.find(loadedId).ifPresent(loaded -> {
            refusal.getBody().setProperty("loadedAs", loaded.id());
            refusal.getBody().setProperty("loadedFile", loaded.file());
            if (loaded.document() != null) refusal.getBody().setProperty("loadedDocument", loaded.document());
        });
        return refusal;
    }

    private static DocumentReport reportOf(LoadReport report, String file) {
        return report.documents().stream().filter(d -> file.equals(d.file())).findFirst().orElse(null);
    }

    /** The graphs holding {@code documentIri} as their own document (with provenance), not as a cited stub. */
    private Set<String> graphsDescribing(String documentIri) {
        Set<String> graphs = new LinkedHashSet<>();
        store.dataset().asDatasetGraph()
                .find(Node.ANY, NodeFactory.createURI(documentIri), NQ.sourceFile.asNode(), Node.ANY)
                .forEachRemaining(q -> graphs.add(q.getGraph().getURI()));
        return graphs;
    }

    /**
     * The one write transaction: old graphs out, new graphs in, and the index's next generation prepared from the
     * store as it will be committed; then the swap. Returns the number of entities indexed.
     */
    private int write(Loader.Run run, List<DocumentSummary> removed, Job job) {
        Dataset dataset = store.dataset();
        SearchIndex.PreparedUpdate[] prepared = {null};
        try {
            Txn.executeWrite(dataset, () -> {
                DatasetGraph dsg = dataset.asDatasetGraph();
                Set<Node> graphs = new LinkedHashSet<>();
                removed.forEach(d -> graphs.add(NodeFactory.createURI(d.graph())));
                if (run != null) run.dataset().listGraphNodes().forEachRemaining(graphs::add);
                Set<String> touched = new LinkedHashSet<>();
                for (Node g : graphs) subjects(dsg.getGraph(g), touched);
                if (run != null) {
                    run.dataset().find().forEachRemaining(q -> {
                        if (!q.isDefaultGraph() && q.getSubject().isURI()) touched.add(q.getSubject().getURI());
                    });
                }
                Map<String, Set<Triple>> before = descriptions(dsg, touched);
                for (Node g : graphs) dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                if (run != null) {
                    for (var quads = run.dataset().find(); quads.hasNext(); ) {
                        Quad q = quads.next();
                        if (!q.isDefaultGraph()) dsg.add(q);
                    }
                }
                // an earlier document's undated citation of what this change dates: one identity, its graph rewritten
                UndatedCitations.Resolved merged = UndatedCitations.resolve(dsg);
                merged.iris().forEach((undated, dated) -> { touched.add(undated); touched.add(dated); });
                for (String g : merged.graphs()) {
                    subjects(dsg.getGraph(NodeFactory.createURI(g)), touched);
                    graphs.add(NodeFactory.createURI(g));
                }
                // the alignments of the items this change took out go with it, not a moment after it
                vn.nq57.alignment.AlignmentGraph.removeLeft(dsg, touched);
                dependents(dsg, changed(before, descriptions(dsg, touched)), touched);
                List<String> written = graphs.stream().map(Node::getURI).toList();
                // Recorded in this transaction: the next start reads it instead of counting the store.
                StoreContents.update(dsg, written);
                job.phase(Job.Phase.INDEXING);
                prepared[0] = index.prepareUpdate(dataset, touched, written);
            });
        } catch (RuntimeException e) {
            if (prepared[0] != null) index.discard(prepared[0]);
            if (e instanceof DocumentRefusedException refused) throw refused;
            log.error("document change failed; store and index left as they were", e);
            throw new DocumentRefusedException(HttpStatus.INTERNAL_SERVER_ERROR, "Change failed",
                    "The change could not be written (" + e.getMessage() + "); the store and the search index "
                            + "are as they were", "Không ghi được thay đổi (lỗi " + e.getClass().getSimpleName()
                            + "); kho dữ liệu và chỉ mục tìm kiếm vẫn như trước.", null, run == null ? null : run.report());
        }
        index.swapIn(prepared[0]);
        return prepared[0].entities();
    }

    /** Every IRI that is a subject in {@code graph}: the entities whose index record may change with it. */
    private static void subjects(Graph graph, Set<String> out) {
        graph.find(Node.ANY, Node.ANY, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI()) out.add(t.getSubject().getURI());
        });
    }

    /**
     * What the union graph states about each of {@code subjects}: an entity's index record is made from its own
     * statements and those of what it points to, so a subject whose statements change changes the records of the
     * entities pointing to it.
     */
    private static Map<String, Set<Triple>> descriptions(DatasetGraph dsg, Set<String> subjects) {
        Graph union = dsg.getUnionGraph();
        Map<String, Set<Triple>> out = new HashMap<>();
        for (String iri : subjects) {
            out.put(iri, new java.util.HashSet<>(union.find(NodeFactory.createURI(iri), Node.ANY, Node.ANY).toList()));
        }
        return out;
    }

    private static Set<String> changed(Map<String, Set<Triple>> before, Map<String, Set<Triple>> after) {
        Set<String> changed = new LinkedHashSet<>();
        before.forEach((iri, triples) -> {
            if (!triples.equals(after.get(iri))) changed.add(iri);
        });
        return changed;
    }

    /**
     * The links an index record follows from an entity (see {@code EntityReader}): its document, the document's area
     * and the area's parents, its units, section, deadline and target, the parent of an appendix, the source file.
     */
    private static final List<Node> FOLLOWED = Stream.of(NQ.inDocument, NQ.area, NQ.parentArea, NQ.leadUnit,
            NQ.ownerUnit, NQ.coordinatingUnit, NQ.inSection, NQ.deadline, NQ.target, Vocab.eliIsPartOf, NQ.sourceFile)
            .map(p -> p.asNode()).toList();
    /** Task → document → area → province → (national): the longest chain a record follows. */
    private static final int DEPTH = 4;

    /**
     * Adds to {@code touched} every entity whose record is built from one of {@code changed}, following the links
     * of {@link #FOLLOWED} backwards: the tasks of a document whose stub became the full document, the entities of an
     * area whose name a new document states, the tasks led by a unit it renames. Nothing else changes: a change that
     * leaves the other subjects' statements as they were re-indexes only the document's own entities.
     */
    private static void dependents(DatasetGraph dsg, Set<String> changed, Set<String> touched) {
        Graph union = dsg.getUnionGraph();
        Set<String> frontier = new LinkedHashSet<>(changed);
        for (int depth = 0; depth < DEPTH && !frontier.isEmpty(); depth++) {
            Set<String> next = new LinkedHashSet<>();
            for (String iri : frontier) {
                Node target = NodeFactory.createURI(iri);
                for (Node p : FOLLOWED) {
                    union.find(Node.ANY, p, target).forEachRemaining(t -> {
                        if (t.getSubject().isURI() && touched.add(t.getSubject().getURI())) {
                            next.add(t.getSubject().getURI());
                        }
                    });
                }
            }
            frontier = next;
        }
    }

    /**
     * After the commit: the accepted files go to the documents folder (so a store built again from scratch holds
     * them), replacing the removed ones, and each document's report is kept for {@code GET /api/documents}.
     */
    private void keep(List<Path> files, List<DocumentSummary> removed, Loader.Run run) {
        try {
            Files.createDirectories(kept);
            for (DocumentSummary old : removed) {
                catalog.deleteReport(old.id());
                if (old.file() != null) Files.deleteIfExists(kept.resolve(fileName(old.file())));
            }
            for (Path file : files) {
                Path target = kept.resolve(file.getFileName().toString());
                Path next = kept.resolve("." + file.getFileName() + ".part");
                Files.copy(file, next, StandardCopyOption.REPLACE_EXISTING);
                Files.move(next, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            if (run != null) {
                for (ParsedDocument doc : run.documents()) {
                    DocumentReport r = reportOf(run.report(), doc.source().fileName());
                    if (r != null) catalog.saveReport(DocumentCatalog.id(doc.graphIri()), r);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The store and the index hold the change; only the copy kept for a rebuild is missing.
            log.error("documents changed in the store, but the files could not be kept in {}", kept, e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
