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
import vn.nq57.bench.report.MarkdownReport;

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

    @Option(names = "--heap", defaultValue = "4g", description = "-Xmx of each server JVM (default: ${DEFAULT-VALUE})")
    String heap;

    @Option(names = "--uploads", defaultValue = "0",
            description = "Also time N uploads of a new 40-task plan to searchable, on the built store (default: ${DEFAULT-VALUE}: none)")
    int uploads;

    @Option(names = "--seed", defaultValue = "57")
    long seed;

    @Option(names = "--out", description = "Append the Markdown tables to this file too")
    Path out;

    @Override
    public Integer call() throws IOException {
        CorpusGenerator generator = new CorpusGenerator(sources);
        List<LoadResult> loads = new ArrayList<>();
        for (String size : sizes) {
            String[] pc = size.toLowerCase().split("x");
            CorpusSize corpusSize = CorpusSize.of(Integer.parseInt(pc[0].strip()), Integer.parseInt(pc[1].strip()));
            Path dir = work.resolve(corpusSize.label());
            Corpus corpus = generator.generate(dir.resolve("corpus"), corpusSize, seed);
            System.err.printf("corpus %s: %d documents, %d tasks + %d indicators%n", corpusSize.label(),
                    corpus.documents().size(), corpus.tasks(), corpus.indicators());
            Optional<FusekiPeer> peer = noPeer ? Optional.empty() : Optional.of(new FusekiPeer(peerJar, dir.resolve("peer"), heap));
            if (!noLoad) {
                LoadResult load = new LoadBenchmark(System.err::println).run(corpusSize.label(), corpus.directory(), dir.resolve("ours"), peer);
                loads.add(load);
                emit("### Load " + corpusSize.label() + "\n\n" + MarkdownReport.load(List.of(load)));
            }
            if (!noHttp) {
                HttpBenchmark http = new HttpBenchmark(System.err::println, new HttpBenchmark.Bounds(clients, requests,
                        Duration.ofSeconds(seconds), Duration.ofSeconds(30), heap));
                HttpReport report = http.run(corpusSize.label(), serviceJar, corpus.directory(), dir.resolve("service"),
                        corpus.provinces().getFirst().name(), peer);
                emit("### Serving " + corpusSize.label() + "\n\n" + MarkdownReport.http(report));
            }
            if (uploads > 0) {
                UploadBenchmark.Result result = new UploadBenchmark(System.err::println, heap)
                        .run(corpusSize.label(), serviceJar, corpus, dir.resolve("service"), uploads);
                emit("### Upload to searchable " + corpusSize.label() + "\n\n" + result.markdown());
            }
        }
        if (loads.size() > 1) emit("### Load, all sizes\n\n" + MarkdownReport.load(loads));
        return 0;
    }

    private void emit(String markdown) throws IOException {
        System.out.println(markdown);
        if (out != null) {
            Files.writeString(out, markdown + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
