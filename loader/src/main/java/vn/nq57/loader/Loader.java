package vn.nq57.loader;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import vn.nq57.loader.graph.DocumentGraphBuilder;
import vn.nq57.loader.graph.KnownDocument;
import vn.nq57.loader.metadata.DocumentMetadata;
import vn.nq57.loader.metadata.MetadataExtractor;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.read.SourceReader;
import vn.nq57.loader.read.SourceText;
import vn.nq57.loader.reference.Reference;
import vn.nq57.loader.reference.ReferenceExtractor;
import vn.nq57.loader.report.CountMismatch;
import vn.nq57.loader.report.DocumentReport;
import vn.nq57.loader.report.LoadReport;
import vn.nq57.loader.rows.ExtractedRows;
import vn.nq57.loader.rows.RowExtractor;
import vn.nq57.loader.rows.SectionRow;
import vn.nq57.loader.rows.TaskRow;
import vn.nq57.loader.rows.Unparsed;
import vn.nq57.loader.rows.IndicatorRow;
import vn.nq57.loader.store.GraphStore;
import vn.nq57.loader.table.TableReader;
import vn.nq57.loader.validate.ShapeValidator;
import vn.nq57.loader.validate.ShapeViolation;
import vn.nq57.loader.validate.SharedResources;
import vn.nq57.ontology.Iris;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns source documents into one named graph each, validates them with the ontology's shapes, and loads them into
 * the store in a single write transaction. Documents are parsed on all cores in two passes (metadata and references
 * of every document first, since a document's IRIs depend on what the others say; then each graph), validated graph
 * by graph as they are made, and written in source order as they come, so memory holds the documents in flight, not
 * the run. Any failure aborts the transaction, so a bad file anywhere in the run leaves the store as it was.
 */
public final class Loader {
    private final ShapeValidator validator = new ShapeValidator();
    private final Consumer<String> progress;
    private final int threads;

    /** A loader that parses on every core and reports its progress to {@code progress}. */
    public Loader(Consumer<String> progress) {
        this(progress, Runtime.getRuntime().availableProcessors());
    }

    /**
     * A loader that parses on {@code threads} threads (1: on the calling thread only, documents built one after the
     * other as the run lists them); the graphs and the report are the same whatever the number.
     */
    public Loader(Consumer<String> progress, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        Consumer<String> out = progress;
        this.progress = message -> { synchronized (out) { out.accept(message); } };   // workers report too
        this.threads = threads;
    }

    public Loader() {
        this(message -> {});
    }

    /** File name endings of the documents a folder listing picks up; the format itself is told from the bytes. */
    public static final java.util.regex.Pattern DOCUMENT_NAMES = java.util.regex.Pattern.compile(
            "(?i).*\\.(txt|md|markdown|html?|docx|doc|pdf|png|jpe?g|tiff?)$");

    /**
     * Files to load: each path itself, or the documents of a directory ({@link #DOCUMENT_NAMES}, hidden files
     * aside) in name order. Entries of a directory are not filtered by kind here: a FIFO or a link out of the folder
     * named like a document is listed, and refused by name when read.
     */
    public static List<Path> sources(List<Path> paths) {
        return listing(paths).stream().map(Source::file).toList();
    }

    /** A file to read and the folder it was listed from (null when named directly). */
    private record Source(Path file, Path root) {}

    private static List<Source> listing(List<Path> paths) {
        List<Source> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    list.filter(f -> !f.getFileName().toString().startsWith("."))
                        .filter(f -> DOCUMENT_NAMES.matcher(f.getFileName().toString()).matches())
                        .filter(f -> !Files.isDirectory(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                        .sorted().forEach(f -> files.add(new Source(f, p)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                files.add(new Source(p, null));
            }
        }
        return files;
    }

    /** The result of parsing a run: every document's graph, and the report (extraction and SHACL). */
    public record Run(List<ParsedDocument> documents, DatasetGraph dataset, LoadReport report) {}

    /**
     * Receives the documents of a run one at a time, in source order, each as soon as it is parsed and validated. A
     * sink that throws stops the run there (nothing after it is parsed).
     */
    @FunctionalInterface
    public interface DocumentSink {
        void accept(ParsedDocument document) throws SourceException;
    }

    /**
     * Parses and validates every source without touching any store, holding every graph in memory (for uploads and
     * exports, a handful of files; a folder of any size goes to a store with {@link #load}).
     */
    public Run parse(List<Path> paths) throws SourceException {
        return parse(paths, List.of());
    }

    /**
     * {@link #parse(List)} where documents cited that {@code known} lists (read from the store the run is for:
     * {@link GraphStore#knownDocuments()}) keep the IRI they have there.
     */
    public Run parse(List<Path> paths, java.util.Collection<KnownDocument> known) throws SourceException {
        return collect(listing(paths).stream().map(Input::of).toList(), known);
    }

    /**
     * Parses and validates documents already read (e.g. uploads read with {@link SourceReader#read(String, byte[],
     * vn.nq57.loader.read.PageProgress)}) without touching any store.
     *
     * @throws SourceException naming the file when two have the same name (one graph each, named after the file),
     *                         when two files are the same document, or when a step fails on one of them
     */
    public Run parseTexts(List<SourceText> texts) throws SourceException {
        return parseTexts(texts, List.of());
    }

    /** {@link #parseTexts(List)} with the documents the target store already holds (see {@link #parse(List, java.util.Collection)}). */
    public Run parseTexts(List<SourceText> texts, java.util.Collection<KnownDocument> known) throws SourceException {
        return collect(texts.stream().map(Input::of).toList(), known);
    }

    private Run collect(List<Input> inputs, java.util.Collection<KnownDocument> known) throws SourceException {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        List<ParsedDocument> documents = new ArrayList<>();
        LoadReport report = run(inputs, known, doc -> {
            dataset.addGraph(NodeFactory.createURI(doc.graphIri()), doc.graph().getGraph());
            documents.add(doc);
        });
        return new Run(documents, dataset, report);
    }

    /**
     * Parses the sources of {@code paths} and hands each document to {@code sink} in source order, as soon as it is
     * parsed and validated; nothing is kept of a document once the sink has it but its {@link DocumentReport}.
     *
     * @return the report: per document what was extracted, and the SHACL violations of the whole run
     * @throws SourceException naming the file on any refusal (the documents before it have reached the sink)
     */
    public LoadReport stream(List<Path> paths, java.util.Collection<KnownDocument> known, DocumentSink sink)
            throws SourceException {
        return run(listing(paths).stream().map(Input::of).toList(), known, sink);
    }

    /**
     * Parses, validates and loads into {@code store} in one transaction; a document already in the store with
     * other content is refused (a replace must be explicit: {@link #load(GraphStore, List, boolean)}).
     */
    public LoadReport load(GraphStore store, List<Path> paths) throws SourceException {
        return load(store, paths, false);
    }

    /**
     * Parses, validates and loads into {@code store} in one transaction.
     *
     * @param replace whether a file already loaded with other content (same file name, so same graph) may be
     *                replaced; without it such a file is refused and nothing is loaded
     * @throws SourceException naming the file on any refusal; the store is then unchanged
     */
    public LoadReport load(GraphStore store, List<Path> paths, boolean replace) throws SourceException {
        return load(store, paths, replace, report -> true);
    }

    /**
     * Parses, validates and loads into {@code store} in one write transaction fed document by document as they are
     * parsed (TDB2 write transactions have no size limit), so memory holds the documents in flight, not the run.
     * Any failure aborts the transaction: the store is then exactly as it was.
     *
     * @param replace whether a file already loaded with other content (same file name, so same graph) may be
     *                replaced; without it such a file is refused and nothing is loaded
     * @param commit  asked with the finished report whether to commit (e.g. not when SHACL reports violations and
     *                the load is strict); when it says no, nothing is loaded and the report is returned
     * @throws SourceException naming the file on any refusal; the store is then unchanged
     */
    public LoadReport load(GraphStore store, List<Path> paths, boolean replace,
                           java.util.function.Predicate<LoadReport> commit) throws SourceException {
        StoreCheck check = new StoreCheck(store.documents(), replace);
        GraphStore.Writer[] writer = {null};
        try {
            LoadReport report = stream(paths, store.knownDocuments(), doc -> {
                check.accept(doc);
                if (writer[0] == null) {
                    progress.accept("loading into " + store.directory() + " (one transaction)");
                    writer[0] = store.writer();
                }
                writer[0].replace(doc.graphIri(), doc.graph().getGraph());
            });
            if (writer[0] != null && commit.test(report)) {
                writer[0].commit();
                progress.accept("committed " + report.documents().size() + " graphs");
            }
            return report;
        } finally {
            if (writer[0] != null) writer[0].close();   // aborts unless committed
        }
    }

    /**
     * Parses, validates and loads into {@code store}, which must be empty, with Jena's TDB2 bulk loader (batched
     * node-table and index writes; no single-quad transaction), for a store being built for the first time. The
     * quads stored are those {@link #load(GraphStore, List)} would store. The bulk loader has no rollback: on any
     * failure the store's folder holds no usable store and the caller must delete it (build in a folder that is
     * renamed into place only when complete).
     *
     * @param kind which of Jena's bulk loaders ({@link GraphStore.BulkLoader}); on two cores PHASED measured best
     * @throws SourceException naming the file on any refusal (the store's folder must then be thrown away)
     * @throws IllegalStateException when {@code store} already holds data
     */
    public LoadReport loadFresh(GraphStore store, List<Path> paths, GraphStore.BulkLoader kind) throws SourceException {
        try (GraphStore.BulkWriter writer = store.bulkWriter(kind)) {
            progress.accept("loading into " + store.directory() + " (TDB2 bulk loader, " + kind.name().toLowerCase()
                    + ")");
            LoadReport report = stream(paths, List.of(), doc -> writer.add(doc.graphIri(), doc.graph().getGraph()));
            writer.finish();
            progress.accept("stored " + report.documents().size() + " graphs");
            return report;
        }
    }

    /**
     * Refuses what would silently change another document: a file whose graph is already in the store with other
     * content (unless {@code replace}), or a document already loaded from a file of another name.
     *
     * @throws SourceException naming the file and the one already in the store
     */
    public static void checkAgainstStore(Run run, List<GraphStore.LoadedDocument> loaded, boolean replace)
            throws SourceException {
        StoreCheck check = new StoreCheck(loaded, replace);
        for (ParsedDocument doc : run.documents()) check.accept(doc);
    }

    /** {@link #checkAgainstStore}, one document at a time. */
    private static final class StoreCheck {
        private final Map<String, GraphStore.LoadedDocument> byGraph = new java.util.HashMap<>();
        private final Map<String, GraphStore.LoadedDocument> byDocument = new java.util.HashMap<>();
        private final boolean replace;

        StoreCheck(List<GraphStore.LoadedDocument> loaded, boolean replace) {
            this.replace = replace;
            for (GraphStore.LoadedDocument d : loaded) {
                byGraph.put(d.graph(), d);
                if (d.documentIri() != null) byDocument.put(d.documentIri(), d);
            }
        }

        void accept(ParsedDocument doc) throws SourceException {
            String name = doc.source().fileName();
            GraphStore.LoadedDocument same = byGraph.get(doc.graphIri());
            if (same != null && !same.sha256().equals(doc.source().sha256()) && !replace)
                throw new SourceException(name, 0, "a different file of this name is already loaded (graph "
                        + doc.graphIri() + "); replacing it must be explicit: load again with --replace",
                        "đã nạp một tệp khác cùng tên (đồ thị " + doc.graphIri()
                        + "); muốn thay thế phải nói rõ: nạp lại với --replace");
            GraphStore.LoadedDocument other = byDocument.get(doc.documentIri());
            if (other != null && !other.graph().equals(doc.graphIri()))
                throw new SourceException(name, 0, "is the same document (" + doc.documentIri() + ") as '"
                        + other.fileName() + "', already loaded; to replace it, give this file that name and load it with --replace",
                        "là cùng văn bản (" + doc.documentIri() + ") với tệp '" + other.fileName() + "' đã nạp; muốn thay"
                        + " thế, hãy đặt cho tệp này đúng tên đó rồi nạp với --replace");
        }
    }

    /** A source to parse: a file to read, or a text already read (kept). */
    private record Input(Source file, SourceText text) {
        static Input of(Source file) { return new Input(file, null); }
        static Input of(SourceText text) { return new Input(null, text); }
    }

    /**
     * What the first pass keeps of a source: its metadata and references (every document's must be known before any
     * graph is built) and, when reading it again would be costly (OCR) or impossible (given as text), its text.
     */
    private record Head(Input input, String fileName, String sha256, SourceText text, DocumentMetadata meta,
                        List<Reference> references) {}

    /** One document built by the second pass, with its own SHACL results and what it states about shared resources. */
    private record Built(ParsedDocument document, List<ShapeViolation> violations, Graph shared,
                         vn.nq57.loader.graph.Spellings spellings) {}

    /**
     * The run: (1) read each source and find its metadata and references, on all threads; (2) record them in the
     * builder, in source order; (3) build, validate and hand over each document, on all threads, in source order to
     * the sink, with only a few documents in flight; (4) validate the resources several documents share.
     */
    private LoadReport run(List<Input> inputs, java.util.Collection<KnownDocument> known, DocumentSink sink)
            throws SourceException {
        try (InOrder pool = new InOrder(threads)) {
            List<Head> heads = new ArrayList<>(inputs.size());
            pool.map(inputs, this::head, heads::add);
            refuseSameName(heads);
            DocumentGraphBuilder builder = DocumentGraphBuilder.forRun();
            builder.rememberKnown(known);
            for (Head h : heads) builder.remember(h.meta(), h.references());

            List<DocumentReport> reports = new ArrayList<>();
            List<ShapeViolation> violations = new ArrayList<>();
            Graph shared = GraphMemFactory.createDefaultGraph();
            Map<String, String> seenDocuments = new java.util.HashMap<>();
            boolean ownBooks = threads > 1;
            pool.map(heads, h -> build(h, ownBooks ? builder.withOwnSpellings() : builder), built -> {
                if (ownBooks) {
                    if (builder.spellings().agreesWith(built.spellings())) {
                        builder.spellings().absorb(built.spellings());
                    } else {
                        // an earlier document spelled a number this one cites otherwise: build it as in source order
                        built = build(heads.get(reports.size()), builder);
                    }
                }
                ParsedDocument doc = built.document();
                String first = seenDocuments.putIfAbsent(doc.documentIri(), doc.source().fileName());
                if (first != null)
                    throw new SourceException(doc.source().fileName(), 0, "is the same document (" + doc.documentIri()
                            + ") as '" + first + "' in this load; load only one of them", "là cùng văn bản ("
                            + doc.documentIri() + ") với tệp '" + first + "' trong lần nạp này; chỉ nạp một trong hai");
                reports.add(report(doc));
                violations.addAll(built.violations());
                GraphUtil.addInto(shared, built.shared());
                progress.accept("parsed " + doc.source().fileName() + ": " + doc.rows().tasks().size() + " tasks, "
                        + doc.rows().indicators().size() + " indicators, " + doc.references().size() + " references");
                sink.accept(doc);
            });
            violations.addAll(validator.validate(shared, node -> SharedResources.isShared(shared, node)));
            LoadReport report = new LoadReport(reports, violations);
            int errors = report.errors().size(), warnings = violations.size() - errors;
            progress.accept("SHACL: " + (errors == 0 ? "conforms" : errors + " violations")
                    + (warnings == 0 ? "" : (errors == 0 ? " (" : ", ") + warnings + " warnings" + (errors == 0 ? ")" : "")));
            return report;
        }
    }

    /** First pass on one source: read it, find its metadata and references. */
    private Head head(Input input) throws SourceException {
        SourceText text = input.text() != null ? input.text() : read(input.file());
        DocumentMetadata meta = guarded(text, () -> MetadataExtractor.extract(text));
        List<Reference> refs = guarded(text, () -> ReferenceExtractor.extract(text, meta));
        // a plain file is read again in the second pass rather than held for the whole run; a scan's OCR is kept
        boolean keep = input.file() == null || text.hasOcr();
        return new Head(input, text.fileName(), text.sha256(), keep ? text : null, meta, refs);
    }

    private SourceText read(Source source) throws SourceException {
        progress.accept("reading " + source.file());
        return SourceReader.read(source.file(), source.root(),
                (done, total, phase) -> progress.accept("  page " + done + "/" + total + (phase.equals("ocr") ? " (OCR)" : "")));
    }

    /** Second pass on one document: its rows, its graph, the SHACL results of that graph. */
    private Built build(Head head, DocumentGraphBuilder builder) throws SourceException {
        SourceText text = head.text();
        if (text == null) {
            text = SourceReader.read(head.input().file().file(), head.input().file().root(), (done, total, phase) -> {});
            if (!text.sha256().equals(head.sha256()))
                throw new SourceException(head.fileName(), 0, "changed while it was being loaded; load it again",
                        "tệp đã thay đổi trong khi đang nạp; hãy nạp lại");
        }
        SourceText src = text;
        ExtractedRows rows = guarded(src, () -> RowExtractor.extract(src, TableReader.read(src), head.meta().year()));
        var model = guarded(src, () -> builder.build(src, head.meta(), head.references(), rows));
        ParsedDocument doc = new ParsedDocument(src, head.meta(), head.references(), rows,
                builder.documentIri(src, head.meta()), Iris.graph(src.fileName()), model);
        Graph graph = model.getGraph();
        List<ShapeViolation> violations = validator.validate(graph, node -> !SharedResources.isShared(graph, node));
        Graph shared = GraphMemFactory.createDefaultGraph();
        SharedResources.of(graph, shared);
        return new Built(doc, violations, shared, builder.spellings());
    }

    private static void refuseSameName(List<Head> heads) throws SourceException {
        Map<String, Head> seen = new java.util.HashMap<>();
        for (Head t : heads) {
            String graph = Iris.graph(t.fileName());
            if (seen.putIfAbsent(graph, t) != null)
                throw new SourceException(t.fileName(), 0, "two files of this name in one load; a document's graph is "
                        + "named after its file, so one would replace the other: rename one", "hai tệp cùng tên trong một"
                        + " lần nạp; đồ thị của văn bản mang tên tệp nên tệp này sẽ thay tệp kia: hãy đổi tên một tệp");
        }
    }

    /** A parsing step that fails on a document never takes the run down without naming the file. */
    private static <T> T guarded(SourceText text, java.util.function.Supplier<T> step) throws SourceException {
        try {
            return step.get();
        } catch (RuntimeException | StackOverflowError e) {
            throw new SourceException(text.fileName(), 0, "could not be parsed (" + e + "); the file was not loaded",
                    "không phân tích được nội dung (lỗi " + e.getClass().getSimpleName() + "); tệp chưa được nạp");
        }
    }

    private static DocumentReport report(ParsedDocument doc) {
        ExtractedRows rows = doc.rows();
        List<CountMismatch> mismatches = new ArrayList<>();
        Map<SectionRow, Integer> tasksPerSection = new IdentityHashMap<>();
        for (TaskRow t : rows.tasks()) if (t.section() != null) tasksPerSection.merge(t.section(), 1, Integer::sum);
        for (SectionRow s : rows.taskSections()) check(s, tasksPerSection.getOrDefault(s, 0), mismatches);
        Map<SectionRow, Integer> perGroup = new IdentityHashMap<>();
        IndicatorRow previous = null;
        for (IndicatorRow r : rows.indicators()) {
            // one printed row with targets for several years is one indicator of the stated count
            boolean sameRow = previous != null && previous.span() != null && previous.span().equals(r.span());
            if (r.group() != null && !sameRow) perGroup.merge(r.group(), 1, Integer::sum);
            previous = r;
        }
        for (SectionRow s : rows.indicatorGroups()) check(s, perGroup.getOrDefault(s, 0), mismatches);
        DocumentMetadata meta = doc.metadata();
        List<Unparsed> notUnderstood = new ArrayList<>(rows.unparsed());
        if (rows.tasks().isEmpty() && rows.indicators().isEmpty()) {
            // said of the whole document, shown at its first line with words (the header), not at a file name
            int first = 1;
            while (first < doc.source().lineCount() && doc.source().line(first).isBlank()) first++;
            String quoted = doc.source().lineCount() == 0 ? "" : doc.source().line(first).strip();
            // a file ending in a line break has an empty last line after it, which no reader of the file counts
            int lines = doc.source().lineCount();
            if (lines > 0 && doc.source().line(lines).isEmpty()) lines--;
            notUnderstood.addFirst(new Unparsed(first, quoted, "no task or indicator table found in " + lines + " lines"));
        }
        // where each line sits in the original (a scan's page and line, a Word table's row): the line numbers of the
        // text the loader read are not what a user sees in the file
        notUnderstood.replaceAll(u -> u.line() >= 1 && u.line() <= doc.source().lineCount()
                ? u.at(doc.source().origin(u.line()).describe()) : u);
        List<String> checks = new ArrayList<>(meta.checks());
        // a central body's resolution may be a root (57-NQ/TW); any other document with no upstream is worth a look
        if (meta.appendixOf() == null && !"central".equals(meta.issuerLevel())
                && doc.references().stream().noneMatch(r -> r.lineage() && r.relation() != vn.nq57.loader.reference.Relation.CITES
                        && r.relation() != vn.nq57.loader.reference.Relation.REPLACES))
            checks.add("no basis or implementation statement (Căn cứ …, Thực hiện …) found: the document has no upstream");
        impossibleDates(doc.references(), meta, checks);
        joinedNumbers(doc.references(), checks);
        impossibleDeadlines(rows, meta, checks);
        checks.addAll(rows.checks());
        checks.addAll(vn.nq57.loader.rows.NumberingGaps.of(rows, doc.source()));
        ocrDoubts(doc.source()).ifPresent(checks::add);
        return new DocumentReport(doc.source().fileName(), doc.documentIri(), meta.kind(),
                meta.number() == null || meta.number().blank() ? null : meta.number().canonical(), meta.issuer(),
                rows.rowsSeen(), rows.tasks().size(), rows.indicators().size(), doc.references().size(),
                mismatches, notUnderstood, checks);
    }

    /** How many of a scan's doubtful words a check lists; the rest are counted. */
    private static final int DOUBTS_LISTED = 12;

    /**
     * The check that lists the words OCR recognised with low confidence ({@link SourceText#doubts()}), each with its page
     * and line in the scan and Tesseract's confidence, so a person compares them with the image: a misread word in a
     * task's name or a unit stays in the record verbatim, and a misread number names another document. Empty for
     * text not recognised by OCR or recognised without doubt.
     */
    public static java.util.Optional<String> ocrDoubts(SourceText source) {
        // in the text's order (Tesseract gives a page's words by its own blocks, a table's cells apart)
        List<SourceText.Doubt> doubts = source.doubts().stream()
                .sorted(java.util.Comparator.comparingInt(SourceText.Doubt::line)).toList();
        if (doubts.isEmpty()) return java.util.Optional.empty();
        List<String> listed = new ArrayList<>();
        for (SourceText.Doubt d : doubts.subList(0, Math.min(DOUBTS_LISTED, doubts.size()))) {
            vn.nq57.loader.read.Origin o = source.origin(d.line());
            String where = o.page() > 0 ? "page " + o.page() + ", line " + o.line() : "line " + d.line();
            listed.add(where + " \"" + d.word() + "\" (" + d.confidence() + ")");
        }
        int more = doubts.size() - listed.size();
        return java.util.Optional.of("OCR recognised " + doubts.size() + (doubts.size() == 1 ? " word" : " words")
                + " with low confidence (under " + vn.nq57.loader.read.ocr.RecognisedPage.DOUBTFUL
                + " of 100); compare them with the scan: " + String.join(", ", listed)
                + (more > 0 ? " and " + more + " more" : ""));
    }

    /**
     * Adds to {@code checks} each citation whose printed date is later than the citing document's own: taken as a typo,
     * it was not used to identify the cited document (see {@link Reference#impossibleDate()}).
     */
    private static void impossibleDates(List<Reference> refs, DocumentMetadata meta, List<String> checks) {
        java.time.format.DateTimeFormatter dmy = java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy");
        for (Reference r : refs) {
            if (r.impossibleDate() != null)
                checks.add(r.number().canonical() + " is cited with the date " + r.impossibleDate().format(dmy)
                        + " (line " + r.span().start() + "), later than this document's own ("
                        + (meta.date() != null ? meta.date().format(dmy) : meta.year()) + "): one of the two dates is mistyped; the number alone identifies it");
            impossibleDates(r.basis(), meta, checks);
        }
    }

    /** Adds to {@code checks} each task whose deadline prints a date no calendar has ("31/02/2026"): it has no interval. */
    private static void impossibleDeadlines(vn.nq57.loader.rows.ExtractedRows rows, DocumentMetadata meta, List<String> checks) {
        int year = meta.year() != null ? meta.year() : java.time.LocalDate.now().getYear();
        for (TaskRow t : rows.tasks()) {
            for (String date : vn.nq57.loader.deadline.DeadlineParser.impossibleDates(t.deadline(), year))
                checks.add("task " + (t.ordinal() == null || t.ordinal().isBlank() ? "" : t.ordinal() + " ")
                        + "(line " + t.span().start() + ") has the deadline \"" + t.deadline().strip() + "\", whose date "
                        + date + " is no day of the calendar: read as an unknown time; check it against the original");
        }
    }

    /** Adds to {@code checks} each cited number read from an ordinal printed in two groups ({@link Reference#joinedFrom}). */
    private static void joinedNumbers(List<Reference> refs, List<String> checks) {
        for (Reference r : refs) {
            if (r.joinedFrom() != null)
                checks.add("the number " + r.number().canonical() + " (line " + r.span().start() + ") is read from \""
                        + r.joinedFrom() + "\", its digits printed apart taken as one number; check it against the original");
            joinedNumbers(r.basis(), checks);
        }
    }

    private static void check(SectionRow s, int extracted, List<CountMismatch> out) {
        if (s.statedCount() != null && s.statedCount() != extracted) {
            String where = (s.number() == null ? "" : s.number() + " ") + (s.title() == null ? "" : s.title());
            out.add(new CountMismatch(where.strip(), s.span().start(), s.statedCount(), extracted));
        }
    }
}
