package vn.nq57.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.bench.corpus.Corpus;
import vn.nq57.bench.corpus.CorpusGenerator;
import vn.nq57.bench.corpus.CorpusSize;
import vn.nq57.bench.http.HttpBenchmark;
import vn.nq57.bench.http.HttpReport;
import vn.nq57.bench.http.HttpResult;
import vn.nq57.bench.load.LoadBenchmark;
import vn.nq57.bench.load.LoadResult;
import vn.nq57.bench.peer.FusekiPeer;
import vn.nq57.bench.report.MarkdownReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The harness works end to end on a tiny corpus, few requests: it loads on both sides, serves on both sides and
 * reports numbers. No speed is asserted (the full run is a separate command, see docs/BENCHMARKS.md).
 */
class HarnessSmokeTest {
    static final Path ROOT = Path.of(System.getProperty("nq57.root", ".."));

    @TempDir
    Path work;

    @Test
    void loadsAndServesATinyCorpusOnBothSidesAndReportsNumbers() {
        Corpus corpus = new CorpusGenerator(ROOT.resolve("data/sources"))
                .generate(work.resolve("corpus"), new CorpusSize(1, 2, 0), 7L);
        FusekiPeer peer = new FusekiPeer(Path.of(System.getProperty("nq57.peer.jar")), work.resolve("peer"), "512m");

        LoadResult load = new LoadBenchmark(System.out::println)
                .run("smoke", corpus.directory(), work.resolve("ours"), Optional.of(peer));
        assertEquals(corpus.documents().size(), load.documents());
        assertEquals(corpus.tasks() + corpus.indicators(), load.tasks() + load.indicators());
        assertTrue(load.quads() > 1000 && load.parseSeconds() > 0 && load.storeSeconds() > 0, load::toString);
        assertTrue(load.peerLoadSeconds() > 0 && load.peerIndexStandard() > 0 && load.peerIndexFolding() > 0, load::toString);
        assertTrue(load.heapAfterLoad() > 0);
        assertTrue(MarkdownReport.load(List.of(load)).contains("| smoke | "));

        Path serviceJar = ROOT.resolve("search-service").resolve(System.getProperty("nq57.build.dirname", "target"))
                .resolve("search-service-0.1.0-SNAPSHOT.jar");
        boolean withService = Files.isRegularFile(serviceJar);
        HttpBenchmark http = new HttpBenchmark(System.out::println, new HttpBenchmark.Bounds(
                List.of(1, 4), 24, Duration.ofSeconds(5), Duration.ofSeconds(20), "512m"));
        HttpReport report = http.run("smoke", withService ? serviceJar : null, corpus.directory(), work.resolve("service"),
                corpus.provinces().getFirst().name(), Optional.of(peer));
        System.out.println(MarkdownReport.http(report));

        List<HttpResult> peerSearch = report.results().stream()
                .filter(r -> r.side().startsWith("Fuseki+jena-text") && r.workload().equals("search")).toList();
        assertEquals(4, peerSearch.size(), "both analyzers at 1 and 4 clients");
        for (HttpResult r : peerSearch) {
            assertTrue(r.stats().requests() > 0 && r.stats().errors() < r.stats().requests() && r.stats().p99() > 0, r::toString);
        }
        if (withService) {
            assertTrue(report.coldStartSeconds() > 0 && report.heapAfterLoad() > 0, report::toString);
            assertTrue(report.results().stream().anyMatch(r -> r.side().equals("ours") && r.stats() != null
                    && r.stats().requests() > 0), "our service answered some workload");
        }
    }
}
