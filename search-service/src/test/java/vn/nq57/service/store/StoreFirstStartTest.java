package vn.nq57.service.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The first-start build of the store, with the real loader on a real document: what an interrupted start leaves behind
 * (a half-built folder, an empty store) is cleaned up and built again, an empty sources folder gives an empty store and
 * says so, and a folder that is not a store is never deleted.
 */
@ExtendWith(OutputCaptureExtension.class)
class StoreFirstStartTest {
    private static final Path ROOT = Path.of(System.getProperty("nq57.root", "..")).toAbsolutePath().normalize();

    /** One real source document (the smallest), copied into its own sources folder. */
    private static Path oneDocument(Path tmp) throws IOException {
        Path sources = Files.createDirectories(tmp.resolve("sources"));
        try (Stream<Path> files = Files.list(ROOT.resolve("data/sources"))) {
            Path smallest = files.filter(Files::isRegularFile).min(Comparator.comparingLong(StoreFirstStartTest::size)).orElseThrow();
            Files.copy(smallest, sources.resolve(smallest.getFileName()));
        }
        return sources;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    private static long quads(Path storeDir) {
        Dataset dataset = TDB2Factory.connectDataset(storeDir.toString());
        try {
            return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
        } finally {
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    @Test
    void anEmptyStoreLeftByAnInterruptedStartIsBuiltAgain(@TempDir Path tmp, CapturedOutput output) throws IOException {
        Path storeDir = tmp.resolve("tdb2");
        // What a start killed before its load committed leaves: TDB2's files, no data.
        Dataset empty = TDB2Factory.connectDataset(storeDir.toString());
        TDBInternal.expel(empty.asDatasetGraph());
        assertEquals(0, quads(storeDir));
        Path leftover = Files.createDirectories(tmp.resolve("tdb2" + SourceLoadingInitializer.BUILDING + "4242"));
        Files.writeString(leftover.resolve("Data-0001"), "half written");

        new SourceLoadingInitializer(oneDocument(tmp)).ensureBuilt(storeDir);

        assertTrue(quads(storeDir) > 0, "the store was built again from the document");
        assertFalse(Files.exists(leftover), "the half-built folder was removed");
        assertTrue(output.getOut().contains("holds no data"), "the log says why the store is rebuilt");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertTrue(siblings.noneMatch(p -> p.getFileName().toString().contains(SourceLoadingInitializer.BUILDING)));
        }
    }

    @Test
    void aCompleteStoreIsOpenedAsItIs(@TempDir Path tmp) throws IOException {
        Path storeDir = TestStores.create(TestStores.TWO_PLANS);
        long before = quads(storeDir);
        new SourceLoadingInitializer(oneDocument(tmp)).ensureBuilt(storeDir);
        assertEquals(before, quads(storeDir), "the existing store was kept, not rebuilt from other sources");
    }

    @Test
    void anEmptySourcesFolderGivesAnEmptyStoreAndSaysSo(@TempDir Path tmp, CapturedOutput output) throws IOException {
        Path sources = Files.createDirectories(tmp.resolve("no-documents"));
        Path storeDir = tmp.resolve("build/tdb2");
        new SourceLoadingInitializer(sources).ensureBuilt(storeDir);
        assertTrue(Files.isDirectory(storeDir.resolve("Data-0001")), "an empty TDB2 store is in place");
        assertEquals(0, quads(storeDir));
        assertTrue(output.getOut().contains("no source documents in " + sources.toAbsolutePath()), output.getOut());
    }

    @Test
    void aFolderThatIsNotAStoreIsRefusedAndKept(@TempDir Path tmp) throws IOException {
        Path storeDir = Files.createDirectories(tmp.resolve("not-a-store"));
        Files.writeString(storeDir.resolve("notes.txt"), "someone's file");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new SourceLoadingInitializer(oneDocument(tmp)).ensureBuilt(storeDir));
        assertTrue(refused.getMessage().contains(storeDir.toString()), refused.getMessage());
        assertTrue(Files.exists(storeDir.resolve("notes.txt")), "nothing was deleted");
    }
}
