package vn.nq57.bench.jmh;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.nq57.bench.corpus.Corpus;
import vn.nq57.bench.corpus.CorpusGenerator;
import vn.nq57.bench.corpus.CorpusSize;
import vn.nq57.loader.Loader;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.report.LoadReport;
import vn.nq57.loader.store.GraphStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * In-process cost of our loader on a generated corpus of {@code communes} communes in one province: parse
 * (read, extract, graphs, SHACL per graph, on all cores) and parse streamed into one TDB2 transaction. Run with
 * {@code java -cp … org.openjdk.jmh.Main LoaderParseBenchmark} (see docs/BENCHMARKS.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoaderParseBenchmark {
    @Param({"10", "40"})
    public int communes;

    private Path dir;
    private Path corpus;

    @Setup(Level.Trial)
    public void generate() throws IOException {
        dir = Files.createTempDirectory("nq57-jmh");
        Path sources = Path.of(System.getProperty("nq57.root", ".")).resolve("data/sources");
        Corpus c = new CorpusGenerator(sources).generate(dir.resolve("corpus"), new CorpusSize(1, communes, 0.28), 57L);
        corpus = c.directory();
    }

    /** Read, extract, build and validate every document on all cores, as a load does, keeping nothing. */
    @Benchmark
    public LoadReport parse() throws SourceException {
        return new Loader().stream(List.of(corpus), List.of(), doc -> {});
    }

    /** {@link #parse} streamed into one TDB2 write transaction: {@link Loader#load}, what {@code ./nq57 load} runs. */
    @Benchmark
    public long parseAndStore() throws SourceException, IOException {
        Path store = Files.createTempDirectory(dir, "tdb2");
        try (GraphStore graphs = GraphStore.open(store)) {
            return new Loader().load(graphs, List.of(corpus)).tasks();
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
