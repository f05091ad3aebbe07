package vn.nq57.service.sparql;

import org.apache.jena.query.QueryCancelledException;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A string that stops whoever reads it once its query is cancelled. {@link java.util.regex.Matcher} reads its input
 * only through {@link #charAt}, so a catastrophically backtracking pattern (e.g. {@code ^(.{1,3}){1,30}!$}) ends
 * within microseconds of the query's cancellation instead of running for minutes past its 503.
 * <p>
 * Checks the query's cancel signal (set by Jena's timeout) and a wall-clock deadline (in case the signal is not
 * wired through, e.g. outside a query), every {@value #CHECK_EVERY} reads, so the check costs next to nothing.
 */
final class CheckedCharSequence implements CharSequence {
    private static final int CHECK_EVERY = 1 << 12;

    private final String text;
    private final int start;
    private final int end;
    private final Cancellation cancellation;
    private int reads;

    CheckedCharSequence(String text, Cancellation cancellation) {
        this(text, 0, text.length(), cancellation);
    }

    private CheckedCharSequence(String text, int start, int end, Cancellation cancellation) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.cancellation = cancellation;
    }

    @Override
    public char charAt(int index) {
        if (++reads == CHECK_EVERY) {
            reads = 0;
            cancellation.check();
        }
        return text.charAt(start + index);
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        if (from < 0 || to > length() || from > to) throw new IndexOutOfBoundsException(from + ".." + to);
        return new CheckedCharSequence(text, start + from, start + to, cancellation);
    }

    @Override
    public String toString() {
        return text.substring(start, end);
    }

    /**
     * When a piece of work must stop: the query's cancel signal, or a deadline in {@link System#nanoTime()} units.
     *
     * @param signal      Jena's cancel flag for the running query, or {@code null}
     * @param deadlineNanos the {@code System.nanoTime()} after which work stops, or {@link Long#MAX_VALUE}
     */
    record Cancellation(AtomicBoolean signal, long deadlineNanos) {
        static final Cancellation NEVER = new Cancellation(null, Long.MAX_VALUE);

        /** @throws QueryCancelledException the query was cancelled or its deadline has passed */
        void check() {
            if ((signal != null && signal.get())
                    || (deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0))
                throw new QueryCancelledException();
        }
    }
}
