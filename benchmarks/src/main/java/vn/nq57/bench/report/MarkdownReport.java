package vn.nq57.bench.report;

import vn.nq57.bench.http.HttpReport;
import vn.nq57.bench.http.HttpResult;
import vn.nq57.bench.http.LatencyStats;
import vn.nq57.bench.load.LoadResult;

import java.util.List;
import java.util.Locale;

/** The tables of a benchmark run, in Markdown, as docs/BENCHMARKS.md shows them. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String load(List<LoadResult> runs) {
        StringBuilder b = new StringBuilder();
        b.append("| corpus | documents | tasks + indicators | quads | our parse + SHACL s | our TDB2 store s | our index s | our total s | our docs/s | our quads/s | heap after load MB | tdb2.tdbloader s | peer quads/s | textindexer standard s | textindexer folding s |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (LoadResult r : runs) {
            b.append(row(r.corpus(), r.documents(), r.tasks() + r.indicators(), r.quads(), f(r.parseSeconds()),
                    f(r.storeSeconds()), Double.isNaN(r.indexSeconds()) ? "(hook not wired)" : f(r.indexSeconds()),
                    f(r.ourSeconds()), f0(r.documentsPerSecond()), f0(r.quadsPerSecond()), f0(r.heapAfterLoad() / 1e6),
                    f(r.peerLoadSeconds()), f0(r.peerQuadsPerSecond()), f(r.peerIndexStandard()), f(r.peerIndexFolding())));
        }
        return b.toString();
    }

    public static String http(HttpReport report) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Corpus %s: our service first start (load + index) %s s, cold start on the built store %s s, "
                        + "heap after load %s MB; Fuseki start %s s.%n%n", report.corpus(), f(report.firstStartSeconds()),
                f(report.coldStartSeconds()), f0(report.heapAfterLoad() / 1e6), f(report.peerStartSeconds())));
        b.append("| side | workload | clients | requests | errors | p50 ms | p95 ms | p99 ms | max ms | req/s | note |\n");
        b.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (HttpResult r : report.results()) {
            LatencyStats s = r.stats();
            if (s == null) {
                b.append(row(r.side(), r.workload(), "", "", "", "", "", "", "", "", r.note()));
            } else {
                b.append(row(r.side(), r.workload(), s.clients(), s.requests(), s.errors(), f(s.p50()), f(s.p95()),
                        f(s.p99()), f(s.max()), f0(s.throughput()), r.note()));
            }
        }
        return b.toString();
    }

    private static String row(Object... cells) {
        StringBuilder b = new StringBuilder("|");
        for (Object c : cells) b.append(' ').append(c).append(" |");
        return b.append('\n').toString();
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String f0(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "–" : String.format(Locale.ROOT, "%.0f", v);
    }
}
