package vn.nq57.loader.store;

import java.nio.file.Path;

/**
 * The store directory is held by another process — in practice the running search service, which keeps its TDB2
 * store open. Its message is the one sentence a user needs, with what to do instead.
 */
public class StoreLockedException extends RuntimeException {
    private final Path directory;

    public StoreLockedException(Path directory, Throwable cause) {
        super("The store " + directory + " is held by a running service (TDB2 allows one process per store); "
                + "stop it, or send the files to it instead: ./nq57 load --server http://localhost:PORT FILES (PORT: the one the "
                + "service listens on, 8080 unless server.port or SERVER_PORT says otherwise)", cause);
        this.directory = directory;
    }

    public Path directory() { return directory; }
}
