package vn.nq57.bench.report;

import vn.nq57.bench.http.Workloads;
import vn.nq57.bench.peer.PeerAnalyzer;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The table of issue 16's targets: for every corpus size, ours ÷ the peer (or our own SPARQL form of the same
 * question) for each measure, or our absolute value, with the target beside it and whether it is met. The targets are
 * stated for national size; smaller sizes show the same targets for the trend. A measure without numbers (not run,
 * failed) says so and is not met.
 */
public final class RatioTable {
    private static final String FOLDING = PeerAnalyzer.ASCII_FOLDING.label();

    private RatioTable() {}

    /** The Markdown table over the summaries, one block of rows per size. */
    public static String of(List<RunSummary> sizes) {
        StringBuilder b = new StringBuilder();
        b.append("| corpus | measure | ours | peer / reference | ratio | target | met? |\n");
        b.append("|---|---|---:|---:|---:|---|---|\n");
        for (RunSummary s : sizes) rows(b, s);
        b.append("\nRatios are ours ÷ the other column (throughput: above 1 is better for us; latency, time and heap: "
                + "below 1 is). Search at the most clients measured; the distinct-query rows ask every query once, so "
                + "a query-result cache cannot serve them, and are the ones the targets are judged on; the 13-query "
                + "rows repeat a fixed mix. The faceted peer is Fuseki + jena-text (ASCII folding) asked for the same "
                + "page, total, nine facets (GROUP BY) and snippets (`highlight:`). Targets are issue 16's, stated for "
                + "national size.\n");
        return b.toString();
    }

    private static void rows(StringBuilder b, RunSummary s) {
        String c = s.corpus();
        int n = (int) s.number("http.clients").orElse(16);
        String at = " at " + n + " clients";
        throughput(b, c, "search req/s, ranked list, distinct queries" + at + ", vs folding peer",
                s.row(Workloads.OURS, Workloads.RANKED_DISTINCT, n, "rps"), s.row(FOLDING, Workloads.RANKED_DISTINCT, n, "rps"), 2);
        throughput(b, c, "search req/s, with facets, distinct queries" + at + ", vs faceted peer",
                s.row(Workloads.OURS, Workloads.FACETED_DISTINCT, n, "rps"),
                s.row(Workloads.PEER_FACETED, Workloads.FACETED_DISTINCT, n, "rps"), 1);
        // Half the server's CPU a request is what twice the throughput needs on cores both ends share.
        latency(b, c, "server CPU ms a request, ranked list, distinct queries" + at + ", vs folding peer",
                s.row(Workloads.OURS, Workloads.RANKED_DISTINCT, n, "serverCpuMs"),
                s.row(FOLDING, Workloads.RANKED_DISTINCT, n, "serverCpuMs"), 0.5);
        latency(b, c, "search p99 ms, ranked list, distinct queries" + at + ", vs folding peer",
                s.row(Workloads.OURS, Workloads.RANKED_DISTINCT, n, "p99"), s.row(FOLDING, Workloads.RANKED_DISTINCT, n, "p99"), 1);
        latency(b, c, "search p99 ms, with facets, distinct queries" + at + ", vs faceted peer",
                s.row(Workloads.OURS, Workloads.FACETED_DISTINCT, n, "p99"),
                s.row(Workloads.PEER_FACETED, Workloads.FACETED_DISTINCT, n, "p99"), 1);
        throughput(b, c, "search req/s, ranked list, 13-query mix" + at + ", vs folding peer (cache on)",
                s.row(Workloads.OURS, Workloads.RANKED, n, "rps"), s.row(FOLDING, Workloads.RANKED, n, "rps"), 2);
        throughput(b, c, "search req/s, ranked list, 13-query mix" + at + ", vs folding peer, our cache off",
                s.row(Workloads.OURS_CACHE_OFF, Workloads.RANKED, n, "rps"), s.row(FOLDING, Workloads.RANKED, n, "rps"), 2);
        throughput(b, c, "search req/s, with facets, 13-query mix" + at + ", vs faceted peer (cache on)",
                s.row(Workloads.OURS, Workloads.FACETED, n, "rps"), s.row(Workloads.PEER_FACETED, Workloads.FACETED, n, "rps"), 1);
        throughput(b, c, "search req/s, with facets, 13-query mix" + at + ", vs faceted peer, our cache off",
                s.row(Workloads.OURS_CACHE_OFF, Workloads.FACETED, n, "rps"),
                s.row(Workloads.PEER_FACETED, Workloads.FACETED, n, "rps"), 1);
        latency(b, c, "search p99 ms, ranked list, 13-query mix" + at + ", vs folding peer (cache on)",
                s.row(Workloads.OURS, Workloads.RANKED, n, "p99"), s.row(FOLDING, Workloads.RANKED, n, "p99"), 1);
        latency(b, c, "`/api/lineage/down` p99 ms vs our SPARQL of the same question",
                s.row(Workloads.OURS, Workloads.LINEAGE_DOWN, 1, "p99"), s.row(Workloads.OURS, Workloads.TASKS_UNDER, 1, "p99"), 2);
        latency(b, c, "`/api/lineage/down` p99 ms vs the peer's SPARQL of it",
                s.row(Workloads.OURS, Workloads.LINEAGE_DOWN, 1, "p99"), s.row(Workloads.FUSEKI, Workloads.TASKS_UNDER, 1, "p99"), 2);
        String failure = s.text("http.firstStartFailure");
        String heap = s.text("http.heapGiven") == null ? "" : " (-Xmx" + s.text("http.heapGiven") + ")";
        if (failure != null) {
            b.append(MarkdownReport.row(c, "first start s (load + index)" + heap, "failed: " + failure, "", "", "≤ 300 s", "no"));
        } else {
            absolute(b, c, "first start s (load + index)" + heap, s.number("http.firstStart"), 300, "s");
        }
        String alignment = s.text("http.alignment");
        if (alignment != null) b.append(MarkdownReport.row(c, "alignment after the first start (from its log)", alignment, "", "", "", ""));
        absolute(b, c, "cold start s", s.number("http.coldStart"), 10, "s");
        OptionalDouble first = s.number("http.firstStartHeap"), serving = s.number("http.servingHeap");
        OptionalDouble heapMb = first.isPresent() || serving.isPresent()
                ? OptionalDouble.of(Math.max(first.orElse(0), serving.orElse(0)) / 1e6) : OptionalDouble.empty();
        absolute(b, c, "service heap MB (most in use after a GC, first start and serving)" + heap, heapMb, 2048, "MB");
        absolute(b, c, "loader heap MB", s.number("loader.heap").stream().map(v -> v / 1e6).findFirst(), 2048, "MB");
    }

    private static void throughput(StringBuilder b, String corpus, String measure, OptionalDouble ours, OptionalDouble peer, double target) {
        ratio(b, corpus, measure, ours, peer, "≥ " + num(target) + "×", r -> r >= target);
    }

    private static void latency(StringBuilder b, String corpus, String measure, OptionalDouble ours, OptionalDouble peer, double target) {
        ratio(b, corpus, measure, ours, peer, "≤ " + num(target) + "×", r -> r <= target);
    }

    private static void ratio(StringBuilder b, String corpus, String measure, OptionalDouble ours, OptionalDouble peer,
                              String target, java.util.function.DoublePredicate met) {
        if (ours.isEmpty() || peer.isEmpty() || peer.getAsDouble() == 0) {
            b.append(MarkdownReport.row(corpus, measure, value(ours), value(peer), "–", target, "not measured"));
            return;
        }
        double r = ours.getAsDouble() / peer.getAsDouble();
        b.append(MarkdownReport.row(corpus, measure, value(ours), value(peer),
                String.format(Locale.ROOT, "%.2f", r), target, met.test(r) ? "yes" : "no"));
    }

    private static void absolute(StringBuilder b, String corpus, String measure, OptionalDouble ours, double target, String unit) {
        b.append(MarkdownReport.row(corpus, measure, value(ours), "", "", "≤ " + num(target) + " " + unit,
                ours.isEmpty() ? "not measured" : ours.getAsDouble() <= target ? "yes" : "no"));
    }

    private static String value(OptionalDouble v) {
        if (v.isEmpty()) return "–";
        double d = v.getAsDouble();
        return d >= 100 ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%.1f", d);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
