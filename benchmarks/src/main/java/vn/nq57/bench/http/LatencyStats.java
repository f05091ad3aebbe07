package vn.nq57.bench.http;

import java.time.Duration;
import java.util.Arrays;

/**
 * Latencies of one measured run: percentiles in milliseconds, throughput in requests per second, and what a request
 * cost the machine in CPU milliseconds on each end ({@code serverCpuMs}: the measured server's process;
 * {@code clientCpuMs}: the load generator's JVM), NaN where not measured. On a machine the two ends share, the sum of
 * the two is what bounds the throughput: two cores give 2,000 ms of CPU a second.
 */
public record LatencyStats(int clients, int requests, int errors, double seconds, double p50, double p95, double p99,
                           double max, double serverCpuMs, double clientCpuMs) {

    static LatencyStats of(int clients, long[] nanos, int errors, double seconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(clients, sorted.length, errors, seconds, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6, Double.NaN,
                Double.NaN);
    }

    /** These latencies with the CPU time each end spent over the run, as milliseconds a request. */
    LatencyStats withCpu(Duration server, Duration client) {
        return new LatencyStats(clients, requests, errors, seconds, p50, p95, p99, max, perRequest(server),
                perRequest(client));
    }

    private double perRequest(Duration cpu) {
        return requests == 0 ? Double.NaN : cpu.toNanos() / 1e6 / requests;
    }

    /** Nearest-rank percentile, in ms. */
    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) return Double.NaN;
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    public double throughput() { return requests / seconds; }
}
