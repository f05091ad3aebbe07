package vn.nq57.alignment;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes batches one after the other on a thread of its own ({@code alignment-writer}), so the caller can rank the next
 * batch meanwhile. At most one batch is in flight: {@link #submit} first waits for the previous one, which also bounds
 * the heap to two batches and brings a failed write back to the caller at the next batch. The writer thread is never
 * interrupted: a TDB2 write transaction interrupted in the middle of file I/O can close the store's channels, so a
 * write under way always finishes (or fails) on its own, and {@link #close} waits for it.
 *
 * @param <T> what one batch is (the quads of one write transaction)
 */
final class BatchWriter<T> implements AutoCloseable {

  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("alignment-writer").factory());
  private final Consumer<T> write;
  private Future<?> inFlight;

  /** {@code write} is called on the writer thread, once per batch, in the order the batches were submitted. */
  BatchWriter(Consumer<T> write) {
    this.write = write;
  }

  /**
   * Waits for the batch in flight, then hands {@code batch} to the writer thread and returns.
   *
   * @throws CancellationException the calling thread was interrupted while waiting
   * @throws RuntimeException the previous batch's write failed (its exception, as thrown)
   */
  void submit(T batch) {
    awaitWritten();
    inFlight = thread.submit(() -> write.accept(batch));
  }

  /**
   * Waits until every batch submitted has been written.
   *
   * @throws CancellationException the calling thread was interrupted while waiting (the write goes on; {@link #close}
   *     waits for it)
   * @throws RuntimeException a write failed (its exception, as thrown; an {@link Error} is rethrown as is)
   */
  void awaitWritten() {
    if (inFlight == null) {
      return;
    }
    try {
      inFlight.get();
      inFlight = null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("alignment interrupted while a batch was being written");
    } catch (ExecutionException e) {
      inFlight = null;
      switch (e.getCause()) {
        case RuntimeException r -> throw r;
        case Error err -> throw err;
        default -> throw new IllegalStateException("alignment write failed", e.getCause());
      }
    }
  }

  /** Lets a write under way finish (never interrupting it), then stops the writer thread. */
  @Override
  public void close() {
    thread.shutdown();
    boolean interrupted = false;
    while (true) {
      try {
        if (thread.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
