package vn.nq57.bench.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load generator on loopback: {@code clients} threads each send the next request of a fixed mix as
 * soon as the previous answer is read, until {@code maxRequests} have been sent in all or {@code maxTime} has
 * passed, whichever comes first. Every request is bounded by its own timeout. A non-2xx answer is an error.
 */
public final class LoadGenerator {
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final Duration requestTimeout;

    public LoadGenerator(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    /** Sends each request once (warms caches and JIT); returns how many failed. */
    public int warmUp(List<HttpRequest> mix, int rounds) {
        int errors = 0;
        for (int r = 0; r < rounds; r++) for (HttpRequest request : mix) if (send(request) < 0) errors++;
        return errors;
    }

    public LatencyStats run(List<HttpRequest> mix, int clients, int maxRequests, Duration maxTime) {
        if (mix.isEmpty()) throw new IllegalArgumentException("empty query mix");
        long[] latencies = new long[maxRequests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + maxTime.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    int i;
                    while (System.nanoTime() < deadline && (i = next.getAndIncrement()) < maxRequests) {
                        long nanos = send(mix.get(i % mix.size()));
                        if (nanos < 0) {
                            errors.incrementAndGet();
                            nanos = -nanos;
                        }
                        latencies[i] = nanos;
                        done.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : running) f.get();
        } catch (Exception e) {
            throw new IllegalStateException("load generator failed", e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int n = (int) done.get();
        return LatencyStats.of(clients, java.util.Arrays.copyOf(compact(latencies), n), errors.get(), seconds);
    }

    /** Latency in nanoseconds; negative when the request failed. */
    private long send(HttpRequest request) {
        HttpRequest bounded = HttpRequest.newBuilder(request, (name, value) -> true).timeout(requestTimeout).build();
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> r = client.send(bounded, HttpResponse.BodyHandlers.ofByteArray());
            long nanos = Math.max(1, System.nanoTime() - t0);
            return r.statusCode() / 100 == 2 ? nanos : -nanos;
        } catch (IOException e) {
            return -Math.max(1, System.nanoTime() - t0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Slots are filled in claim order; a slot claimed past the deadline stays 0 and is dropped. */
    private static long[] compact(long[] latencies) {
        return java.util.Arrays.stream(latencies).filter(v -> v > 0).toArray();
    }
}
