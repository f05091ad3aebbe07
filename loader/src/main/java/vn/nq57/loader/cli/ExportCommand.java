package vn.nq57.loader.cli;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.nq57.loader.Loader;
import vn.nq57.loader.export.CsvWriter;
import vn.nq57.loader.export.DocumentRecord;
import vn.nq57.loader.export.ExportRecord;
import vn.nq57.loader.export.JsonLinesWriter;
import vn.nq57.loader.export.RecordReader;
import vn.nq57.loader.graph.KnownDocument;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.store.GraphStore;
import vn.nq57.loader.store.StoreLockedException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", description = {
        "Parse documents and write tasks and indicators (jsonl, csv) or the graph (nquads, trig).",
        "The documents they cite are named as a load into --store would name them."})
final class ExportCommand implements Callable<Integer> {
    enum Format { jsonl, csv, nquads, trig }

    @Option(names = "--store", description = "TDB2 store whose documents a cited number resolves to, as `load` does "
            + "(a bare \"71/NQ-CP\" to the dated document the store holds); read only, skipped when absent "
            + "(default: ${DEFAULT-VALUE})", defaultValue = "data/build/tdb2")
    Path store;

    @Option(names = "--format", required = true, description = "One of: ${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = "--out", required = true, description = "Output file")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories of documents")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        Loader.Run run;
        try {
            run = new Loader(System.err::println).parse(paths, knownDocuments());
        } catch (SourceException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        switch (format) {
            case nquads, trig -> {
                try (OutputStream os = Files.newOutputStream(out)) {
                    RDFDataMgr.write(os, run.dataset(), format == Format.trig ? Lang.TRIG : Lang.NQUADS);
                }
            }
            case jsonl, csv -> {
                var union = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(run.dataset().getUnionGraph());
                List<ExportRecord> records = RecordReader.read(union);
                var documents = format == Format.jsonl ? RecordReader.documents(union) : List.<DocumentRecord>of();
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    if (format == Format.jsonl) JsonLinesWriter.write(documents, records, w);
                    else CsvWriter.write(records, w);
                }
                // Counted as the file holds them: JSON Lines has a line per document too, the CSV a row per item only.
                System.err.println(format == Format.jsonl
                        ? "wrote " + (documents.size() + records.size()) + " records to " + out + " (" + documents.size()
                                + " documents, " + records.size() + " tasks and indicators)"
                        : "wrote " + records.size() + " rows (tasks and indicators) to " + out);
            }
        }
        return 0;
    }

    /**
     * The documents {@link #store} holds, loaded or cited, so that the export gives a citation the identity a load into
     * that store gives it: an undated citation of a number the store knows with a year resolves to that year's document
     * ({@code Loader.load} reads the same list). None when there is no store there; when the running service holds
     * it, none either, said on stderr: the export then names cited documents from its files alone.
     */
    private List<KnownDocument> knownDocuments() {
        if (!isStore(store)) return List.of();
        try (GraphStore graphs = GraphStore.open(store)) {
            return graphs.knownDocuments();
        } catch (StoreLockedException e) {
            System.err.println("note: " + store + " is held by the running service; documents cited without a year are "
                    + "named from these files alone, as a load into an empty store would name them");
            return List.of();
        }
    }

    /** A TDB2 directory with something in it: an export never creates one. */
    private static boolean isStore(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (var entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }
}
