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
        String first = report.firstStartFailure() == null ? f(report.firstStartSeconds()) + " s"
                : "failed (" + report.firstStartFailure() + ")" + (Double.isNaN(report.firstStartSeconds()) ? ""
                        : ", then " + f(report.firstStartSeconds()) + " s with the fallback heap (see the rows)");
        b.append(String.format(Locale.ROOT, "Corpus %s: our service (-Xmx%s) first start (load + index, until healthy) %s, "
                        + "heap needed during it (most in use after a GC) %s MB, alignment %s (from its log); cold start "
                        + "on the built store %s s; heap while serving (most after a GC) %s MB, after load and queries "
                        + "(jcmd, after a full GC) %s MB; Fuseki start %s s.%n%n", report.corpus(), report.heapGiven(), first,
                mb(report.firstStartHeap()), report.alignment(), f(report.coldStartSeconds()), mb(report.servingHeap()),
                mb(report.heapAfterLoad()), f(report.peerStartSeconds())));
        b.append("| side | workload | clients | requests | errors | p50 ms | p95 ms | p99 ms | max ms | req/s "
                + "| server CPU ms/req | client CPU ms/req | note |\n");
        b.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (HttpResult r : report.results()) {
            LatencyStats s = r.stats();
            if (s == null) {
                b.append(row(r.side(), r.workload(), "", "", "", "", "", "", "", "", "", "", r.note()));
            } else {
                b.append(row(r.side(), r.workload(), s.clients(), s.requests(), s.errors(), f(s.p50()), f(s.p95()),
                        f(s.p99()), f(s.max()), f0(s.throughput()), f(s.serverCpuMs()), f(s.clientCpuMs()), r.note()));
            }
        }
        for (String profile : report.profiles()) b.append('\n').append(profile);
        return b.toString();
    }

    /** Bytes as MB, or "–" when not measured (negative). */
    static String mb(long bytes) {
        return bytes < 0 ? "–" : f0(bytes / 1e6);
    }

    static String row(Object... cells) {
        StringBuilder b = new StringBuilder("|");
        for (Object c : cells) b.append(' ').append(c).append(" |");
        return b.append('\n').toString();
    }

    static String f(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
    }

    static String f0(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "–" : String.format(Locale.ROOT, "%.0f", v);
    }
}
