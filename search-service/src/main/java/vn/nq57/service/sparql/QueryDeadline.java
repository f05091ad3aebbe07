package vn.nq57.service.sparql;

import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * The deadline of the query running on this thread, set by {@link SparqlService} for the time of one execution, so
 * expensive functions ({@link BoundedRegex}, {@link BoundedReplace}) can stop themselves inside a single evaluation,
 * where Jena's timeout (checked between rows) cannot reach.
 */
final class QueryDeadline {
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private QueryDeadline() {}

    /** Starts the deadline for this thread: {@code timeoutNanos} from now. Pair with {@link #clear()}. */
    static void start(long timeoutNanos) {
        DEADLINE.set(System.nanoTime() + timeoutNanos);
    }

    static void clear() {
        DEADLINE.remove();
    }

    /** What stops work for the function evaluated in {@code env}: the query's cancel signal and this thread's deadline. */
    static CheckedCharSequence.Cancellation of(FunctionEnv env) {
        Long deadline = DEADLINE.get();
        var signal = env instanceof ExecutionContext context ? context.getCancelSignal() : null;
        if (signal == null && deadline == null) return CheckedCharSequence.Cancellation.NEVER;
        return new CheckedCharSequence.Cancellation(signal, deadline == null ? Long.MAX_VALUE : deadline);
    }
}
