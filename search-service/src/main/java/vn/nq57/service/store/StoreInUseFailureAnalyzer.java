package vn.nq57.service.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start that found its store held by another process ({@link StoreInUseException}) into Spring Boot's
 * "APPLICATION FAILED TO START" report (description and action), instead of a context failure's stack trace in which
 * the reason is one line among a hundred. Registered in {@code META-INF/spring.factories}.
 */
public final class StoreInUseFailureAnalyzer extends AbstractFailureAnalyzer<StoreInUseException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StoreInUseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop the process holding " + cause.store() + " (another nq57 service, or ./nq57 load), then start "
                        + "again; to add documents while the service runs, use ./nq57 load --server … or the upload page. "
                        + "To run a second service, give it its own nq57.store.dir and nq57.index.dir.", cause);
    }
}
