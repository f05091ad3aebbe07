package vn.nq57.service.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;

/** Test stores: a TDB2 database on disk, in a fresh temporary directory, filled from a TriG resource. */
public final class TestStores {
    private TestStores() {}

    /** The fixture every service test uses: two plans, each in its own named graph. */
    public static final String TWO_PLANS = "/fixtures/two-plans.trig";

    public static Path create(String trigResource) {
        try {
            Path dir = Files.createTempDirectory("nq57-tdb2-");
            Dataset dataset = TDB2Factory.connectDataset(dir.toString());
            try (InputStream trig = TestStores.class.getResourceAsStream(trigResource)) {
                if (trig == null) throw new IllegalArgumentException("no resource " + trigResource);
                Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, trig, Lang.TRIG));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Dataset open(Path dir) {
        return TDB2Factory.connectDataset(dir.toString());
    }
}
