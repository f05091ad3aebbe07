package vn.nq57.service.store;

import java.nio.file.Path;

/**
 * The store folder is held by another process (a running service, a load): TDB2's lock on it is taken. Nothing was
 * changed; {@link StoreInUseFailureAnalyzer} says so at start without a stack trace.
 */
public final class StoreInUseException extends IllegalStateException {
    private final transient Path store;

    /** @param store the store folder; {@code cause} TDB2's refusal */
    public StoreInUseException(Path store, Throwable cause) {
        super("store " + store + " is in use by another process (TDB2's lock " + store.resolve("tdb.lock")
                + " is held): stop the service or load using it first, or set nq57.store.dir to another folder; "
                + "nothing was changed", cause);
        this.store = store;
    }

    /** The store folder in use. */
    public Path store() {
        return store;
    }
}
