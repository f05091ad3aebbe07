package vn.nq57.loader;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.store.GraphStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A file loaded on its own into a store that already holds what it cites: an undated citation ("Nghị quyết
 * 57-NQ/TW", no date — the field case header_number_without_colon) is the stored document of 2024, not a second,
 * undated identity. This is what an upload to the running service, or {@code ./nq57 load FILE}, does.
 */
class KnownDocumentsTest {

    @Test
    void anUndatedCitationInALoneFileResolvesToTheStoredDocument(@TempDir Path dir) throws Exception {
        Path nq57 = RealDocuments.sources().resolve("nq57-tw_bo-chinh-tri.txt");
        Path letter = Path.of(KnownDocumentsTest.class.getResource("/cases/header_number_without_colon.txt").toURI());
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            new Loader().load(store, List.of(nq57));
            String stored = single(store, "SELECT ?d { GRAPH ?g { ?d <http://data.europa.eu/eli/ontology#number> \"57-NQ/TW\" ;"
                    + " <https://w3id.org/nq57/ontology#sourceFile> ?f } }");

            new Loader().load(store, List.of(letter));

            List<String> identities = select(store, "SELECT DISTINCT ?d { GRAPH ?g { ?d <http://data.europa.eu/eli/ontology#number> ?n } "
                    + "FILTER(REPLACE(?n, \"[-/ ]\", \"\") = \"57NQTW\") }");
            assertEquals(List.of(stored), identities, "one identity for 57-NQ/TW, the stored one");
            List<String> cited = select(store, "SELECT DISTINCT ?d { GRAPH ?g { ?c <https://w3id.org/nq57/ontology#citedDocument> ?d } "
                    + "FILTER(CONTAINS(STR(?g), \"header_number_without_colon\")) FILTER(CONTAINS(STR(?d), \"57-nq-tw\")) }");
            assertEquals(List.of(stored), cited, "the letter cites the stored resolution");
        }
    }

    private static String single(GraphStore store, String query) {
        List<String> rows = select(store, query);
        assertEquals(1, rows.size(), rows.toString());
        return rows.getFirst();
    }

    private static List<String> select(GraphStore store, String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                var rs = qe.execSelect();
                while (rs.hasNext()) out.add(rs.next().get(rs.getResultVars().getFirst()).toString());
            }
            return out;
        });
    }
}
