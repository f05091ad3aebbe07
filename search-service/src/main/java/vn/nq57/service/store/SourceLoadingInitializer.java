package vn.nq57.service.store;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.nq57.loader.Loader;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.report.LoadReport;
import vn.nq57.loader.store.GraphStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * On first start, builds the TDB2 store from the source documents with the loader; on later starts the store exists
 * and is opened as it is, in seconds.
 * <p>
 * Safe against a kill at any moment (kill -9 included): the store is built in a sibling folder
 * ({@code <store>.building-<pid>}) and renamed into place only when complete, as the search index is. So the store
 * folder is either absent or a complete store. At start, what an interrupted build left is cleaned up: leftover
 * {@code .building-} folders are deleted, a store that holds no data (an interrupted start of an older version) is
 * rebuilt, and a store TDB2 cannot open is moved aside to {@code <store>.broken-<time>} (never deleted) and rebuilt.
 * A store another process holds (a running service, a load) is not touched: the start fails, saying so.
 * An empty or missing sources folder gives an empty store and a service that runs, with a log line saying so.
 */
public final class SourceLoadingInitializer implements StoreInitializer {
    private static final Logger log = LoggerFactory.getLogger(SourceLoadingInitializer.class);
    static final String BUILDING = ".building-";
    static final String BROKEN = ".broken-";

    private final Path sources;
    private final GraphStore.BulkLoader bulkLoader;

    /** Builds from {@code sources} with Jena's phased bulk loader. */
    public SourceLoadingInitializer(Path sources) {
        this(sources, GraphStore.BulkLoader.PHASED);
    }

    /**
     * Builds from {@code sources} with the given TDB2 bulk loader, or with one write transaction (as {@code ./nq57
     * load} does) when {@code bulkLoader} is null. The bulk loader is safe here because the store is built in a fresh
     * folder that is deleted on failure and renamed into place only when complete.
     */
    public SourceLoadingInitializer(Path sources, GraphStore.BulkLoader bulkLoader) {
        this.sources = sources;
        this.bulkLoader = bulkLoader;
    }

    /**
     * The loader named by the setting {@code nq57.store.first-start-loader}: {@code transactional} (null) or one of
     * {@link GraphStore.BulkLoader} in any case.
     *
     * @throws IllegalArgumentException naming the setting and the accepted values for anything else
     */
    public static GraphStore.BulkLoader loaderNamed(String name) {
        String n = name.trim().toUpperCase(java.util.Locale.ROOT);
        if (n.equals("TRANSACTIONAL")) return null;
        try {
            return GraphStore.BulkLoader.valueOf(n);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("nq57.store.first-start-loader=" + name + " is not one of transactional, "
                    + "basic, sequential, phased, parallel", e);
        }
    }

    @Override
    public void ensureBuilt(Path storeDir) {
        deleteLeftoverBuilds(storeDir);
        switch (state(storeDir)) {
            case COMPLETE -> {
                log.info("store {} exists; opening it", storeDir);
                return;
            }
            case ABSENT -> log.info("no store at {}: loading the documents of {}", storeDir, sources);
            case EMPTY -> {
                log.warn("store {} holds no data (an earlier first start was interrupted?): building it again from {}",
                        storeDir, sources);
                deleteTree(storeDir);
            }
            case UNREADABLE -> {
                Path aside = storeDir.resolveSibling(storeDir.getFileName() + BROKEN + Instant.now().toEpochMilli());
                log.error("store {} cannot be opened; moved to {} and building it again from {}", storeDir, aside, sources);
                move(storeDir, aside);
            }
        }
        build(storeDir);
    }

    private void build(Path storeDir) {
        long started = System.nanoTime();
        Path building = storeDir.resolveSibling(storeDir.getFileName() + BUILDING + ProcessHandle.current().pid());
        deleteTree(building);
        GraphStore store = GraphStore.open(building);
        try {
            if (hasNoDocuments(sources)) {
                log.warn("no source documents in {}: serving an empty graph; put documents there and restart "
                        + "(with {} removed), or load them with ./nq57 load", sources.toAbsolutePath(), storeDir);
            } else {
                Loader loader = new Loader(message -> log.info("load: {}", message));
                LoadReport report = bulkLoader == null ? loader.load(store, List.of(sources))
                        : loader.loadFresh(store, List.of(sources), bulkLoader);
                log.info("store built in {} ms: {} documents, {} tasks, {} indicators, SHACL {}",
                        (System.nanoTime() - started) / 1_000_000, report.documents().size(), report.tasks(),
                        report.indicators(), report.conforms() ? "conforms" : report.errors().size() + " violations");
            }
        } catch (SourceException e) {
            release(store);
            deleteTree(building);
            throw new IllegalStateException("cannot build the store from " + sources + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            release(store);
            deleteTree(building);
            throw e;
        }
        release(store);
        move(building, storeDir);
        log.info("store {} in place", storeDir);
    }

    enum State { ABSENT, EMPTY, COMPLETE, UNREADABLE }

    /** What is at {@code storeDir}: nothing, a store without data, a store with data, or something TDB2 cannot open. */
    static State state(Path storeDir) {
        if (!Files.isDirectory(storeDir) || isEmptyFolder(storeDir)) return State.ABSENT;
        if (!isTdb2(storeDir))
            throw new IllegalStateException(storeDir + " is not empty and holds no TDB2 store (no Data-* folder); "
                    + "set nq57.store.dir to an empty folder or to a TDB2 store");
        Dataset dataset;
        try {
            dataset = TDB2Factory.connectDataset(storeDir.toString());
        } catch (RuntimeException unreadable) {
            if (lockedByAnotherProcess(unreadable))
                // A store in use is not broken: moving it aside would leave the running service writing to a folder
                // the next start never reads (its uploads lost to it) and build a second store beside it.
                throw new StoreInUseException(storeDir, unreadable);
            log.error("TDB2 cannot open {}: {}", storeDir, unreadable.toString());
            return State.UNREADABLE;
        }
        try {
            // Named graphs only: the default graph holds the store's own record (StoreContents), not data.
            boolean hasData = Txn.calculateRead(dataset,
                    () -> dataset.asDatasetGraph().findNG(null, null, null, null).hasNext());
            if (hasData) return State.COMPLETE;
        } catch (RuntimeException unreadable) {
            log.error("TDB2 cannot read {}: {}", storeDir, unreadable.toString());
            expel(dataset);
            return State.UNREADABLE;
        }
        expel(dataset); // released, so the empty store's folder can be removed
        return State.EMPTY;
    }

    private static boolean hasNoDocuments(Path sources) {
        if (!Files.isDirectory(sources)) return true;
        try (Stream<Path> entries = Files.list(sources)) {
            return entries.noneMatch(p -> Files.isRegularFile(p) && !p.getFileName().toString().startsWith("."));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sources folder " + sources, e);
        }
    }

    /**
     * Whether TDB2 refused the store because its lock is held: by this JVM ({@code AlreadyLocked}) or by another process
     * (Jena's {@code ProcessFileLock} throws a {@code DBOpEnvException} "Failed to get a lock: file=…: held by process N",
     * no class of its own, so its wording is what tells it apart from a damaged store).
     */
    private static boolean lockedByAnotherProcess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AlreadyLocked) return true;
            if (t instanceof DBOpEnvException && String.valueOf(t.getMessage()).startsWith("Failed to get a lock"))
                return true;
        }
        return false;
    }

    /**
     * Folders {@code <store>.building-*} that a killed build left behind: never a complete store, so deleted; not one
     * whose process (the pid it is named after) is still running, which is another start building it now.
     */
    private static void deleteLeftoverBuilds(Path storeDir) {
        Path parent = storeDir.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) return;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(parent, storeDir.getFileName() + BUILDING + "*")) {
            for (Path leftover : leftovers) {
                if (builtByLiveProcess(leftover)) {
                    log.warn("{} is being built by another running process; left alone", leftover);
                    continue;
                }
                log.warn("deleting {}, left by a store build that did not finish", leftover);
                deleteTree(leftover);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + parent, e);
        }
    }

    private static boolean builtByLiveProcess(Path building) {
        String name = building.getFileName().toString();
        try {
            long pid = Long.parseLong(name.substring(name.lastIndexOf(BUILDING) + BUILDING.length()));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException notOurs) {
            return false;
        }
    }

    private static void release(GraphStore store) {
        Dataset dataset = store.dataset();
        store.close();
        expel(dataset);
    }

    private static void expel(Dataset dataset) {
        TDBInternal.expel(dataset.asDatasetGraph());
    }

    /** TDB2 keeps its data in {@code Data-0001}, {@code Data-0002} ... (one per compaction). */
    private static boolean isTdb2(Path dir) {
        try (DirectoryStream<Path> data = Files.newDirectoryStream(dir, "Data-*")) {
            return data.iterator().hasNext();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    private static boolean isEmptyFolder(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            if (Files.isDirectory(to) && isEmptyFolder(to)) Files.delete(to);
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to, e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
