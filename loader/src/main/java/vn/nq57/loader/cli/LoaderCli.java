package vn.nq57.loader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code nq57 load|export|report}: the loader's command line. */
@Command(name = "nq57", mixinStandardHelpOptions = true, version = "nq57-graph loader 0.1",
        description = "Turns plan documents into the nq57 knowledge graph.",
        subcommands = {LoadCommand.class, ExportCommand.class, ReportCommand.class})
public final class LoaderCli {
    public static void main(String[] args) {
        System.exit(new CommandLine(new LoaderCli()).execute(args));
    }
}
