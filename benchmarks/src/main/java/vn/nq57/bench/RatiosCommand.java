package vn.nq57.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.nq57.bench.report.RatioTable;
import vn.nq57.bench.report.RunSummary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code bench ratios}: the table of issue 16's targets over every size a {@code bench run} left in a work directory. */
@Command(name = "ratios", description = "Print the ratio table (issue 16's targets) of every size measured in --work.")
public final class RatiosCommand implements Callable<Integer> {
    @Option(names = "--work", required = true, description = "The --work directory of earlier `bench run`s")
    Path work;

    @Option(names = "--out", description = "Append the table to this file too")
    Path out;

    @Override
    public Integer call() throws IOException {
        List<RunSummary> sizes = RunSummary.readAll(work);
        if (sizes.isEmpty()) {
            System.err.println("bench ratios: no summary.properties under " + work + " (run `bench run --work " + work + "` first)");
            return 2;
        }
        String markdown = "### Against the targets of issue 16\n\n" + RatioTable.of(sizes);
        System.out.println(markdown);
        if (out != null) Files.writeString(out, markdown + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        return 0;
    }
}
