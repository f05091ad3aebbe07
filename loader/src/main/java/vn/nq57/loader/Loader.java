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
 * the store in a single transaction. Parsing happens entirely before the store is touched, so a bad file anywhere
 * in the run leaves the store as it was.
 */
public final class Loader {
    private final ShapeValidator validator = new ShapeValidator();
    private final Consumer<String> progress;

    public Loader(Consumer<String> progress) {
        this.progress = progress;
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

    /** Parses and validates every source without touching any store. */
    public Run parse(List<Path> paths) throws SourceException {
        return parse(paths, List.of());
    }

    /**
     * Parses and validates every source without touching any store; documents they cite that {@code known} lists
     * (read from the store the run is for: {@link GraphStore#knownDocuments()}) keep the IRI they have there.
     */
    public Run parse(List<Path> paths, java.util.Collection<KnownDocument> known) throws SourceException {
        List<SourceText> texts = new ArrayList<>();
        for (Source source : listing(paths)) {
            progress.accept("reading " + source.file());
            texts.add(SourceReader.read(source.file(), source.root(),
                    (done, total, phase) -> progress.accept("  page " + done + "/" + total + (phase.equals("ocr") ? " (OCR)" : ""))));
        }
        return parseTexts(texts, known);
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
        refuseSameName(texts);
        DocumentGraphBuilder builder = DocumentGraphBuilder.forRun();
        builder.rememberKnown(known);
        List<DocumentMetadata> metas = new ArrayList<>();
        List<List<Reference>> references = new ArrayList<>();
        for (SourceText text : texts) {
            DocumentMetadata meta = guarded(text, () -> MetadataExtractor.extract(text));
            List<Reference> refs = guarded(text, () -> ReferenceExtractor.extract(text, meta));
            builder.remember(meta, refs);
            metas.add(meta);
            references.add(refs);
        }
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        // SHACL reads the run as one indexed graph: the dataset's union view would dedupe every lookup across graphs.
        Graph all = GraphMemFactory.createDefaultGraph();
        List<ParsedDocument> documents = new ArrayList<>();
        List<DocumentReport> reports = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            SourceText text = texts.get(i);
            ExtractedRows rows = guarded(text, () -> RowExtractor.extract(text, TableReader.read(text)));
            int at = i;
            var model = guarded(text, () -> builder.build(text, metas.get(at), references.get(at), rows));
            String graphIri = Iris.graph(text.fileName());
            dataset.addGraph(NodeFactory.createURI(graphIri), model.getGraph());
            GraphUtil.addInto(all, model.getGraph());
            ParsedDocument doc = new ParsedDocument(text, metas.get(i), references.get(i), rows,
                    builder.documentIri(text, metas.get(i)), graphIri, model);
            documents.add(doc);
            reports.add(report(doc));
            progress.accept("parsed " + text.fileName() + ": " + rows.tasks().size() + " tasks, "
                    + rows.indicators().size() + " indicators, " + references.get(i).size() + " references");
        }
        refuseSameDocument(documents);
        List<ShapeViolation> violations = validator.validate(all);
        progress.accept("SHACL: " + (violations.isEmpty() ? "conforms" : violations.size() + " violations"));
        return new Run(documents, dataset, new LoadReport(reports, violations));
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
        Run run = parse(paths, store.knownDocuments());
        checkAgainstStore(run, store.documents(), replace);
        progress.accept("loading " + run.documents().size() + " graphs into " + store.directory());
        store.replaceGraphs(run.dataset(), () -> {});
        return run.report();
    }

    /**
     * Refuses what would silently change another document: a file whose graph is already in the store with other
     * content (unless {@code replace}), or a document already loaded from a file of another name.
     *
     * @throws SourceException naming the file and the one already in the store
     */
    public static void checkAgainstStore(Run run, List<GraphStore.LoadedDocument> loaded, boolean replace)
            throws SourceException {
        Map<String, GraphStore.LoadedDocument> byGraph = new java.util.HashMap<>();
        Map<String, GraphStore.LoadedDocument> byDocument = new java.util.HashMap<>();
        for (GraphStore.LoadedDocument d : loaded) {
            byGraph.put(d.graph(), d);
            if (d.documentIri() != null) byDocument.put(d.documentIri(), d);
        }
        for (ParsedDocument doc : run.documents()) {
            String name = doc.source().fileName();
            GraphStore.LoadedDocument same = byGraph.get(doc.graphIri());
            if (same != null && !same.sha256().equals(doc.source().sha256()) && !replace)
                throw new SourceException(name, 0, "a different file of this name is already loaded (graph "
                        + doc.graphIri() + "); replacing it must be explicit: load again with --replace");
            GraphStore.LoadedDocument other = byDocument.get(doc.documentIri());
            if (other != null && !other.graph().equals(doc.graphIri()))
                throw new SourceException(name, 0, "is the same document (" + doc.documentIri() + ") as '"
                        + other.fileName() + "', already loaded; to replace it, give this file that name and load it with --replace");
        }
    }

    private static void refuseSameName(List<SourceText> texts) throws SourceException {
        Map<String, SourceText> seen = new java.util.HashMap<>();
        for (SourceText t : texts) {
            String graph = Iris.graph(t.fileName());
            if (seen.putIfAbsent(graph, t) != null)
                throw new SourceException(t.fileName(), 0, "two files of this name in one load; a document's graph is "
                        + "named after its file, so one would replace the other: rename one");
        }
    }

    private static void refuseSameDocument(List<ParsedDocument> documents) throws SourceException {
        Map<String, ParsedDocument> seen = new java.util.HashMap<>();
        for (ParsedDocument d : documents) {
            ParsedDocument first = seen.putIfAbsent(d.documentIri(), d);
            if (first != null)
                throw new SourceException(d.source().fileName(), 0, "is the same document (" + d.documentIri()
                        + ") as '" + first.source().fileName() + "' in this load; load only one of them");
        }
    }

    /** A parsing step that fails on a document never takes the run down without naming the file. */
    private static <T> T guarded(SourceText text, java.util.function.Supplier<T> step) throws SourceException {
        try {
            return step.get();
        } catch (RuntimeException | StackOverflowError e) {
            throw new SourceException(text.fileName(), 0, "could not be parsed (" + e + "); the file was not loaded");
        }
    }

    private static DocumentReport report(ParsedDocument doc) {
        ExtractedRows rows = doc.rows();
        List<CountMismatch> mismatches = new ArrayList<>();
        Map<SectionRow, Integer> tasksPerSection = new IdentityHashMap<>();
        for (TaskRow t : rows.tasks()) if (t.section() != null) tasksPerSection.merge(t.section(), 1, Integer::sum);
        for (SectionRow s : rows.taskSections()) check(s, tasksPerSection.getOrDefault(s, 0), mismatches);
        Map<SectionRow, Integer> perGroup = new IdentityHashMap<>();
        for (IndicatorRow r : rows.indicators()) if (r.group() != null) perGroup.merge(r.group(), 1, Integer::sum);
        for (SectionRow s : rows.indicatorGroups()) check(s, perGroup.getOrDefault(s, 0), mismatches);
        DocumentMetadata meta = doc.metadata();
        List<Unparsed> notUnderstood = new ArrayList<>(rows.unparsed());
        if (rows.tasks().isEmpty() && rows.indicators().isEmpty()) {
            notUnderstood.addFirst(new Unparsed(1, doc.source().fileName(),
                    "no task or indicator table found in " + doc.source().lineCount() + " lines"));
        }
        List<String> checks = new ArrayList<>(meta.checks());
        // a central body's resolution may be a root (57-NQ/TW); any other document with no upstream is worth a look
        if (meta.appendixOf() == null && !"central".equals(meta.issuerLevel())
                && doc.references().stream().noneMatch(r -> r.lineage() && r.relation() != vn.nq57.loader.reference.Relation.CITES
                        && r.relation() != vn.nq57.loader.reference.Relation.REPLACES))
            checks.add("no basis or implementation statement (Căn cứ …, Thực hiện …) found: the document has no upstream");
        return new DocumentReport(doc.source().fileName(), doc.documentIri(), meta.kind(),
                meta.number() == null || meta.number().blank() ? null : meta.number().canonical(), meta.issuer(),
                rows.rowsSeen(), rows.tasks().size(), rows.indicators().size(), doc.references().size(),
                mismatches, notUnderstood, checks);
    }

    private static void check(SectionRow s, int extracted, List<CountMismatch> out) {
        if (s.statedCount() != null && s.statedCount() != extracted) {
            String where = (s.number() == null ? "" : s.number() + " ") + (s.title() == null ? "" : s.title());
            out.add(new CountMismatch(where.strip(), s.span().start(), s.statedCount(), extracted));
        }
    }
}
