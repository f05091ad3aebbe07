package vn.nq57.loader.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.nq57.loader.Loader;
import vn.nq57.loader.read.SourceException;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "report", description = "Parse and validate documents and print what was extracted; loads nothing.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories of documents")
    List<Path> paths;

    @Override
    public Integer call() {
        try {
            System.out.print(new Loader(System.err::println).parse(paths).report().toText());
            return 0;
        } catch (SourceException e) {
            System.err.println("error: " + e.getMessage());
            return 2;
        }
    }
}
