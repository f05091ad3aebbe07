package vn.nq57.bench.corpus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "generate", description = "Generate a corpus in the real documents' layouts (deterministic from --seed).")
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--sources", defaultValue = "data/sources", description = "Real documents used as templates (default: ${DEFAULT-VALUE})")
    Path sources;

    @Option(names = "--out", required = true, description = "Directory to write the corpus into")
    Path out;

    @Option(names = "--provinces", defaultValue = "34", description = "Province-level units, 1..34 (default: ${DEFAULT-VALUE})")
    int provinces;

    @Option(names = "--communes", defaultValue = "3321", description = "Communes spread over them (default: ${DEFAULT-VALUE})")
    int communes;

    @Option(names = "--appendix-share", defaultValue = "0.28", description = "Share of communes issuing an appendix of tasks (default: ${DEFAULT-VALUE})")
    double appendixShare;

    @Option(names = "--seed", defaultValue = "57", description = "Seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        long t0 = System.nanoTime();
        CorpusGenerator generator = new CorpusGenerator(sources);
        generator.templates().forEach((role, files) -> System.err.println("template " + role + ": " + files));
        Corpus corpus = generator.generate(out, new CorpusSize(provinces, communes, appendixShare), seed);
        System.out.printf("generated %d documents (%d provinces, %d communes): %d tasks, %d indicators, %.1f MB in %s (%.1f s)%n",
                corpus.documents().size(), corpus.provinces().size(), corpus.communes(), corpus.tasks(),
                corpus.indicators(), corpus.bytes() / 1e6, out, (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
