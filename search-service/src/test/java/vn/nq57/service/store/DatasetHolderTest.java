package vn.nq57.service.store;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The store is built (when missing) before it opens, and opens with the union of the named graphs as default graph. */
class DatasetHolderTest {

    @Test
    void initializerBuildsAMissingStoreBeforeItOpensWithTheUnionAsDefaultGraph(@TempDir Path tmp) {
        Path storeDir = tmp.resolve("tdb2");
        List<Path> built = new ArrayList<>();
        StoreInitializer fromFixture = dir -> {
            if (Files.exists(dir)) return;
            built.add(dir);
            var dataset = TDB2Factory.connectDataset(dir.toString());
            Txn.executeWrite(dataset, () -> {
                try (InputStream trig = getClass().getResourceAsStream(TestStores.TWO_PLANS)) {
                    RDFDataMgr.read(dataset, trig, Lang.TRIG);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        };
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("noop", StoreInitializer.NONE);
        beans.registerSingleton("fromFixture", fromFixture);

        DatasetHolder holder = new DatasetHolder(new StoreProperties(storeDir), beans.getBeanProvider(StoreInitializer.class));
        try {
            assertEquals(List.of(storeDir.toAbsolutePath().normalize()), built);
            long tasks = Txn.calculateRead(holder.dataset(), () -> {
                try (QueryExecution q = QueryExecution.dataset(holder.dataset())
                        .query("SELECT * { ?t a <https://w3id.org/nq57/ontology#Task> }").build()) {
                    return ResultSetFormatter.consume(q.execSelect());
                }
            });
            assertEquals(5, tasks, "the default graph is the union of the two plans' graphs");
        } finally {
            holder.close();
        }
    }
}
