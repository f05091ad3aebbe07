package vn.nq57.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.nq57.bench.corpus.GenerateCommand;

/** {@code bench}: generate a national corpus, then measure loading and serving it beside Fuseki + jena-text. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        subcommands = {GenerateCommand.class, RunCommand.class, RatiosCommand.class},
        description = "Benchmarks of nq57-graph at national scale, side by side with Fuseki + jena-text.")
public final class BenchCli {
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCli()).execute(args));
    }
}
