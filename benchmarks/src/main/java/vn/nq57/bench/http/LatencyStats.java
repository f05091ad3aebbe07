package vn.nq57.bench.http;

import java.util.Arrays;

/** Latencies of one measured run: percentiles in milliseconds, throughput in requests per second. */
public record LatencyStats(int clients, int requests, int errors, double seconds, double p50, double p95, double p99,
                           double max) {

    static LatencyStats of(int clients, long[] nanos, int errors, double seconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(clients, sorted.length, errors, seconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
    }

    /** Nearest-rank percentile, in ms. */
    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    public double throughput() { return requests / seconds; }
}
