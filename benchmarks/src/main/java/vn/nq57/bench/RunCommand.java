package vn.nq57.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.nq57.bench.corpus.Corpus;
import vn.nq57.bench.corpus.CorpusGenerator;
import vn.nq57.bench.corpus.CorpusSize;
import vn.nq57.bench.http.HttpBenchmark;
import vn.nq57.bench.http.HttpReport;
import vn.nq57.bench.http.UploadBenchmark;
import vn.nq57.bench.load.LoadBenchmark;
import vn.nq57.bench.load.LoadResult;
import vn.nq57.bench.peer.FusekiPeer;
import vn.nq57.bench.peer.JavaProcess;
import vn.nq57.bench.report.MarkdownReport;
import vn.nq57.bench.report.RatioTable;
import vn.nq57.bench.report.RunSummary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Generate → load (ours and the peer's) → serve and query (ours and the peer's), at each size; Markdown out. */
@Command(name = "run", description = "Run the benchmarks at one or more corpus sizes and write Markdown tables.")
public final class RunCommand implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", defaultValue = "34x3321",
            description = "Sizes as PROVINCESxCOMMUNES, comma-separated (default: ${DEFAULT-VALUE}, the national corpus)")
    List<String> sizes;

    @Option(names = "--sources", defaultValue = "data/sources", description = "Real documents used as templates")
    Path sources;

    @Option(names = "--work", required = true, description = "Scratch directory (corpora, stores, indexes, logs)")
    Path work;

    @Option(names = "--service-jar", defaultValue = "search-service/target/search-service-0.1.0-SNAPSHOT.jar",
            description = "Our service's Spring Boot jar (default: ${DEFAULT-VALUE})")
    Path serviceJar;

    @Option(names = "--peer-jar", defaultValue = "benchmarks/target/peer/jena-fuseki-server.jar",
            description = "Fuseki's server jar (default: ${DEFAULT-VALUE})")
    Path peerJar;

    @Option(names = "--no-peer", description = "Measure our side only")
    boolean noPeer;

    @Option(names = "--no-http", description = "Load benchmarks only")
    boolean noHttp;

    @Option(names = "--no-load", description = "Serving benchmarks only, over the peer store and indexes an earlier run left in --work")
    boolean noLoad;

    @Option(names = "--clients", split = ",", defaultValue = "1,4,16", description = "Concurrent clients (default: ${DEFAULT-VALUE})")
    List<Integer> clients;

    @Option(names = "--requests", defaultValue = "2000", description = "Most requests per measurement (default: ${DEFAULT-VALUE})")
    int requests;

    @Option(names = "--seconds", defaultValue = "30", description = "Longest measurement in seconds (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--heap", defaultValue = "2g",
            description = "-Xmx of our service, first start included: the issue's target is measured with it; a first "
                    + "start that fails with it is a row of the table (default: ${DEFAULT-VALUE})")
    String heap;

    @Option(names = "--uploads", defaultValue = "0",
            description = "Also time N uploads of a new 40-task plan to searchable, on the built store (default: ${DEFAULT-VALUE}: none)")
    int uploads;
    @Option(names = "--fallback-heap",
            description = "When the first start fails with --heap, start it again with this -Xmx so serving is still "
                    + "measured (the failure stays a row of the tables); default: no second attempt")
    String fallbackHeap;

    @Option(names = "--peer-heap", defaultValue = "4g",
            description = "-Xmx of the peer's JVMs: tdbloader, textindexer, Fuseki (default: ${DEFAULT-VALUE})")
    String peerHeap;

    @Option(names = "--distinct", defaultValue = "500",
            description = "Distinct queries per measurement of the cache-defeating mix, drawn from the corpus's task "
                    + "names; 0 leaves that mix out (default: ${DEFAULT-VALUE})")
    int distinct;

    @Option(names = "--warm-queries", defaultValue = "2000",
            description = "Further distinct queries asked, not measured, before each side's distinct-query "
                    + "measurements, so they measure the search and not the JIT compiling it (default: ${DEFAULT-VALUE})")
    int warmQueries;

    @Option(names = "--cache-off-arg", defaultValue = "--nq57.search.cache.enabled=false",
            description = "Spring argument that switches our query-result cache off, for the second run of our search "
                    + "(repeatable; default: ${DEFAULT-VALUE})")
    List<String> cacheOffArgs;

    @Option(names = "--no-cache-off-run", description = "Leave out the second run of our search with the cache off")
    boolean noCacheOffRun;

    @Option(names = "--profile",
            description = "Record our service with JFR during its search measurements; write profile-search-*.jfr and a "
                    + "Markdown summary of the top frames next to the results (in --work/SIZE/service)")
    boolean profile;

    @Option(names = "--ports", description = "Ports the servers may use, FROM-TO (default: any free port)")
    String ports;

    @Option(names = "--alignment-wait", defaultValue = "600",
            description = "Seconds to wait after the first start for the log line of the alignment's duration (default: ${DEFAULT-VALUE})")
    int alignmentWait;

    @Option(names = "--start-timeout", defaultValue = "3600",
            description = "Longest first start of our service, in seconds (default: ${DEFAULT-VALUE})")
    int startTimeout;

    @Option(names = "--seed", defaultValue = "57")
    long seed;

    @Option(names = "--out", description = "Append the Markdown tables to this file too")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (ports != null) {
            String[] range = ports.split("-");
            JavaProcess.usePorts(new int[] {Integer.parseInt(range[0].strip()), Integer.parseInt(range[range.length - 1].strip())});
        }
        CorpusGenerator generator = new CorpusGenerator(sources);
        List<LoadResult> loads = new ArrayList<>();
        List<RunSummary> summaries = new ArrayList<>();
        for (String size : sizes) {
            String[] pc = size.toLowerCase().split("x");
            CorpusSize corpusSize = CorpusSize.of(Integer.parseInt(pc[0].strip()), Integer.parseInt(pc[1].strip()));
            Path dir = work.resolve(corpusSize.label());
            Corpus corpus = generator.generate(dir.resolve("corpus"), corpusSize, seed);
            System.err.printf("corpus %s: %d documents, %d tasks + %d indicators%n", corpusSize.label(),
                    corpus.documents().size(), corpus.tasks(), corpus.indicators());
            Optional<FusekiPeer> peer = noPeer ? Optional.empty() : Optional.of(new FusekiPeer(peerJar, dir.resolve("peer"), peerHeap));
            RunSummary summary = RunSummary.read(dir);
            if (!noLoad) {
                LoadResult load = new LoadBenchmark(System.err::println).run(corpusSize.label(), corpus.directory(), dir.resolve("ours"), peer);
                loads.add(load);
                summary.with(load).write(dir);
                emit("### Load " + corpusSize.label() + "\n\n" + MarkdownReport.load(List.of(load)));
            }
            if (!noHttp) {
                HttpBenchmark http = new HttpBenchmark(System.err::println,
                        new HttpBenchmark.Bounds(clients, requests, Duration.ofSeconds(seconds), Duration.ofSeconds(30), heap, peerHeap),
                        new HttpBenchmark.Options(distinct, warmQueries, noCacheOffRun ? List.of() : cacheOffArgs, profile,
                                Duration.ofSeconds(alignmentWait), Duration.ofSeconds(startTimeout), seed, fallbackHeap));
                HttpReport report = http.run(corpusSize.label(), serviceJar,
                        corpus.directory(), dir.resolve("service"), corpus.provinces().getFirst().name(), peer);
                summary.with(report, corpus.documents().size()).write(dir);
                emit("### Serving " + corpusSize.label() + "\n\n" + MarkdownReport.http(report));
            }
            if (uploads > 0) {
                UploadBenchmark.Result result = new UploadBenchmark(System.err::println, heap)
                        .run(corpusSize.label(), serviceJar, corpus, dir.resolve("service"), uploads);
                emit("### Upload to searchable " + corpusSize.label() + "\n\n" + result.markdown());
            }
            summaries.add(RunSummary.read(dir));
        }
        if (loads.size() > 1) emit("### Load, all sizes\n\n" + MarkdownReport.load(loads));
        emit("### Against the targets of issue 16 (this run's sizes)\n\n" + RatioTable.of(summaries));
        return 0;
    }

    private void emit(String markdown) throws IOException {
        System.out.println(markdown);
        if (out != null) {
            Files.writeString(out, markdown + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
