package vn.nq57.loader.cli;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.nq57.loader.Loader;
import vn.nq57.loader.export.CsvWriter;
import vn.nq57.loader.export.ExportRecord;
import vn.nq57.loader.export.JsonLinesWriter;
import vn.nq57.loader.export.RecordReader;
import vn.nq57.loader.read.SourceException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "export", description = "Parse documents and write tasks and indicators (jsonl, csv) or the graph (nquads, trig).")
final class ExportCommand implements Callable<Integer> {
    enum Format { jsonl, csv, nquads, trig }

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
            run = new Loader(System.err::println).parse(paths);
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
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    if (format == Format.jsonl) JsonLinesWriter.write(RecordReader.documents(union), records, w);
                    else CsvWriter.write(records, w);
                }
                System.err.println("wrote " + records.size() + " records to " + out);
            }
        }
        return 0;
    }
}
