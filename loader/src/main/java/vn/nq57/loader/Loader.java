package vn.nq57.loader;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import vn.nq57.loader.graph.DocumentGraphBuilder;
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

    /** Files to load: each path itself, or the .txt/.md files of a directory, in name order. */
    public static List<Path> sources(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    list.filter(Files::isRegularFile)
                        .filter(f -> f.getFileName().toString().matches("(?i).*\\.(txt|md|markdown)$"))
                        .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** The result of parsing a run: every document's graph, and the report (extraction and SHACL). */
    public record Run(List<ParsedDocument> documents, DatasetGraph dataset, LoadReport report) {}

    /** Parses and validates every source without touching any store. */
    public Run parse(List<Path> paths) throws SourceException {
        List<Path> files = sources(paths);
        List<SourceText> texts = new ArrayList<>();
        for (Path file : files) {
            progress.accept("reading " + file);
            texts.add(SourceReader.read(file));
        }
        DocumentGraphBuilder builder = DocumentGraphBuilder.forRun();
        List<DocumentMetadata> metas = new ArrayList<>();
        List<List<Reference>> references = new ArrayList<>();
        for (SourceText text : texts) {
            DocumentMetadata meta = MetadataExtractor.extract(text);
            List<Reference> refs = ReferenceExtractor.extract(text, meta);
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
            ExtractedRows rows = RowExtractor.extract(text, TableReader.read(text));
            var model = builder.build(text, metas.get(i), references.get(i), rows);
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
        List<ShapeViolation> violations = validator.validate(all);
        progress.accept("SHACL: " + (violations.isEmpty() ? "conforms" : violations.size() + " violations"));
        return new Run(documents, dataset, new LoadReport(reports, violations));
    }

    /** Parses, validates and loads into {@code store}, replacing the graphs of these documents, in one transaction. */
    public LoadReport load(GraphStore store, List<Path> paths) throws SourceException {
        Run run = parse(paths);
        progress.accept("loading " + run.documents().size() + " graphs into " + store.directory());
        store.replaceGraphs(run.dataset(), () -> {});
        return run.report();
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
