package vn.nq57.loader.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.nq57.loader.Loader;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.report.LoadReport;
import vn.nq57.loader.store.GraphStore;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "load", description = "Parse, validate and load documents into the TDB2 store (one transaction).")
final class LoadCommand implements Callable<Integer> {
    @Option(names = "--store", description = "TDB2 directory (default: ${DEFAULT-VALUE})", defaultValue = "data/build/tdb2")
    Path store;

    @Option(names = "--strict", description = "Refuse to load when SHACL validation reports violations.")
    boolean strict;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories of documents")
    List<Path> paths;

    @Override
    public Integer call() {
        Loader loader = new Loader(System.err::println);
        try (GraphStore graphs = GraphStore.open(store)) {
            Loader.Run run = loader.parse(paths);
            LoadReport report = run.report();
            if (strict && !report.conforms()) {
                System.err.print(report.toText());
                System.err.println("not loaded: SHACL violations (--strict); the store is unchanged");
                return 3;
            }
            graphs.replaceGraphs(run.dataset(), () -> {});
            System.out.print(report.toText());
            System.out.println("loaded into " + store);
            return 0;
        } catch (SourceException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("nothing was loaded; the store is unchanged");
            return 2;
        }
    }
}
