package vn.nq57.loader;

import vn.nq57.loader.read.SourceException;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies a step to a list of items on a few threads and hands the results over in list order, on the calling
 * thread, with at most {@code 2 × threads} items in flight: the memory held is that of a few items, never the list's.
 * With one thread everything runs on the calling thread, one item after the other.
 */
final class InOrder implements AutoCloseable {
    /** A step on one item; its {@link SourceException} reaches the caller of {@link #map}. */
    interface Step<T, R> {
        R apply(T item) throws SourceException;
    }

    /** Receives the results in list order, on the calling thread. */
    interface Sink<R> {
        void accept(R result) throws SourceException;
    }

    private final ExecutorService pool;
    private final int window;

    InOrder(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "nq57-load-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.window = 2 * threads;
    }

    /**
     * Runs {@code step} on every item and gives each result to {@code sink} in the items' order. The first failure
     * (of a step, in list order, or of the sink) stops the run: items not yet handed over are dropped.
     */
    <T, R> void map(List<T> items, Step<T, R> step, Sink<R> sink) throws SourceException {
        if (pool == null) {
            for (T item : items) sink.accept(step.apply(item));
            return;
        }
        ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
        int next = 0;
        try {
            while (next < items.size() || !inFlight.isEmpty()) {
                while (next < items.size() && inFlight.size() < window) {
                    T item = items.get(next++);
                    inFlight.add(pool.submit(() -> step.apply(item)));
                }
                sink.accept(await(inFlight.poll()));
            }
        } finally {
            for (Future<R> f : inFlight) f.cancel(true);
        }
    }

    private static <R> R await(Future<R> future) throws SourceException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SourceException s) throw s;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
    }
}
