package vn.nq57.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.bench.corpus.Corpus;
import vn.nq57.bench.corpus.CorpusGenerator;
import vn.nq57.bench.corpus.CorpusSize;
import vn.nq57.bench.http.HttpBenchmark;
import vn.nq57.bench.http.HttpReport;
import vn.nq57.bench.http.HttpResult;
import vn.nq57.bench.http.Workloads;
import vn.nq57.bench.load.LoadBenchmark;
import vn.nq57.bench.load.LoadResult;
import vn.nq57.bench.peer.FusekiPeer;
import vn.nq57.bench.peer.PeerAnalyzer;
import vn.nq57.bench.report.MarkdownReport;
import vn.nq57.bench.report.RatioTable;
import vn.nq57.bench.report.RunSummary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The harness works end to end on a tiny corpus, few requests: it loads on both sides, serves every workload on both
 * sides (the fixed mix and the distinct queries, ranked and with facets, the peer given our faceted work, ours again
 * with the cache off, with a JFR profile), and reports numbers and the ratio table. No speed is asserted (the full run
 * is a separate command, see docs/BENCHMARKS.md).
 */
class HarnessSmokeTest {
    static final Path ROOT = Path.of(System.getProperty("nq57.root", ".."));

    @TempDir
    Path work;

    @Test
    void loadsAndServesATinyCorpusOnBothSidesWithEveryWorkloadAndReportsTheRatios() throws java.io.IOException {
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
        HttpBenchmark http = new HttpBenchmark(System.out::println,
                new HttpBenchmark.Bounds(List.of(1, 4), 16, Duration.ofSeconds(3), Duration.ofSeconds(20), "512m", "512m"),
                new HttpBenchmark.Options(8, 6, List.of("--nq57.search.cache.enabled=false"), true, Duration.ofSeconds(20),
                        Duration.ofMinutes(30), 57, null));
        Path serviceWork = work.resolve("service");
        HttpReport report = http.run("smoke", withService ? serviceJar : null, corpus.directory(), serviceWork,
                corpus.provinces().getFirst().name(), Optional.of(peer));
        System.out.println(MarkdownReport.http(report));

        String folding = PeerAnalyzer.ASCII_FOLDING.label();
        for (String side : List.of(PeerAnalyzer.STANDARD.label(), folding)) {
            for (String workload : List.of(Workloads.RANKED, Workloads.RANKED_DISTINCT)) {
                assertServed(report, side, workload, 2);
            }
        }
        // The peer given our work: page with highlight: snippets, total and nine facets by GROUP BY, on both mixes.
        assertServed(report, Workloads.PEER_FACETED, Workloads.FACETED, 2);
        assertServed(report, Workloads.PEER_FACETED, Workloads.FACETED_DISTINCT, 2);
        // Distinct queries are each asked once: a measurement never has more requests than its slice.
        for (HttpResult r : report.results()) {
            if (r.workload().equals(Workloads.RANKED_DISTINCT) && r.stats() != null) {
                assertTrue(r.stats().requests() <= 8, r::toString);
                // ... after a warm-up load of other distinct queries, which the note states.
                assertTrue(r.note().contains("after 6 other queries to warm up"), r::toString);
            }
        }
        // What a request cost each end, the measure of what two shared cores can serve, is in the table.
        assertTrue(MarkdownReport.http(report).contains("| server CPU ms/req | client CPU ms/req |"));
        if (withService) {
            assertTrue(report.firstStartFailure() == null && report.firstStartSeconds() > 0, report::toString);
            assertTrue(report.coldStartSeconds() > 0 && report.heapAfterLoad() > 0, report::toString);
            assertTrue(report.firstStartHeap() > 0 && report.servingHeap() > 0, "heap read from the GC logs: " + report);
            for (String side : List.of(Workloads.OURS, Workloads.OURS_CACHE_OFF)) {
                for (String workload : List.of(Workloads.FACETED, Workloads.RANKED, Workloads.FACETED_DISTINCT,
                        Workloads.RANKED_DISTINCT)) {
                    assertServed(report, side, workload, 2);
                }
            }
            assertServed(report, Workloads.OURS, Workloads.LINEAGE_DOWN, 1);
            assertServed(report, Workloads.OURS, Workloads.TASKS_UNDER, 1);
            // --profile: a JFR recording of each of our search runs, summarised by top frame next to the results.
            assertEquals(2, report.profiles().size(), report.profiles()::toString);
            assertTrue(report.profiles().getFirst().contains("| top frame (self) | samples | share |"), report.profiles()::toString);
            assertTrue(Files.isRegularFile(serviceWork.resolve("profile-search-cache-on.md")));

            Path sizes = work.resolve("sizes");
            Files.createDirectories(sizes.resolve("smoke"));
            RunSummary.read(sizes.resolve("smoke")).with(load).with(report, corpus.documents().size()).write(sizes.resolve("smoke"));
            String ratios = RatioTable.of(RunSummary.readAll(sizes));
            assertTrue(ratios.contains("| smoke | search req/s, ranked list, distinct queries at 4 clients, vs folding peer | "), ratios);
            assertFalse(ratios.lines().filter(l -> l.contains("distinct queries at 4 clients")).anyMatch(l -> l.contains("not measured")), ratios);
            assertTrue(ratios.contains("| smoke | loader heap MB | "), ratios);
        }
    }

    /** The workload was measured on that side at {@code levels} client counts, with answers and no failure. */
    private static void assertServed(HttpReport report, String side, String workload, int levels) {
        List<HttpResult> rows = report.results().stream()
                .filter(r -> r.side().equals(side) && r.workload().equals(workload)).toList();
        assertEquals(levels, rows.size(), side + " | " + workload + ": " + report.results());
        boolean everyAnswered = !side.equals(PeerAnalyzer.STANDARD.label()); // the Standard peer fails on one query
        for (HttpResult r : rows) {
            assertTrue(r.stats() != null && r.stats().requests() > 0 && r.stats().p99() > 0, r::toString);
            // CPU is read from the OS in clock ticks: a short run may cost less than one, but never an unknown amount.
            assertTrue(r.stats().serverCpuMs() >= 0 && r.stats().clientCpuMs() >= 0, r::toString);
            assertTrue(everyAnswered ? r.stats().errors() == 0 : r.stats().errors() < r.stats().requests(), r::toString);
        }
    }
}
