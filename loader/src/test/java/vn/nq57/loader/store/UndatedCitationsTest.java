package vn.nq57.loader.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.Loader;
import vn.nq57.ontology.NQ;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A document an earlier load cited without its date becomes the dated document once a later load states its year,
 * whichever comes first: one identity in the store, as when both are loaded in one run.
 */
class UndatedCitationsTest {
    static final String NQ_ = "https://w3id.org/nq57/ontology#";
    static final String ELI = "http://data.europa.eu/eli/ontology#";

    @Test
    void aLetterCitingTheResolutionUndatedReachesTheDatedOneAPlanLoadedLaterNames(@TempDir Path dir) throws Exception {
        // the letter (field case header_number_without_colon) names "Nghị quyết số 57-NQ/TW" with no date; the plan
        // (field case header_pipe_flattened) names it "ngày 22/12/2024"; each loaded on its own into an empty store
        Path letter = Path.of(getClass().getResource("/cases/header_number_without_colon.txt").toURI());
        Path plan = Path.of(getClass().getResource("/cases/header_pipe_flattened.txt").toURI());
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            new Loader().load(store, List.of(letter));
            assertEquals(List.of("https://w3id.org/nq57/id/doc/viet-nam/undated/57-nq-tw"), resolutions(store),
                    "alone, the letter can only name it undated");

            new Loader().load(store, List.of(plan));

            assertEquals(List.of("https://w3id.org/nq57/id/doc/viet-nam/2024/57-nq-tw"), resolutions(store));
            assertEquals(List.of(), select(store, "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } "
                    + "FILTER(CONTAINS(STR(?s), \"/undated/\") || CONTAINS(STR(?o), \"/undated/\")) }"), "nothing undated left");
            String letterCites = "SELECT ?d { GRAPH ?g { ?c <" + NQ_ + "citingDocument> ?l ; <" + NQ_ + "citedDocument> ?d ; "
                    + "<" + NQ_ + "verbatim> ?q } ?l <" + ELI + "number> \"402-CV/VPĐU\" FILTER(CONTAINS(?q, \"57-NQ/TW\")) }";
            assertEquals(List.of("https://w3id.org/nq57/id/doc/viet-nam/2024/57-nq-tw"), select(store, letterCites),
                    "the letter's citation, with its quote, reaches the dated resolution");
            assertEquals(List.of("57-NQ/TW"), select(store, "SELECT DISTINCT ?n { GRAPH ?g { "
                    + "<https://w3id.org/nq57/id/doc/viet-nam/2024/57-nq-tw> <" + ELI + "number> ?n } }"), "one number");
        }
    }

    /**
     * A graph keeps what it states of a document it could only name undated: when another document cites it dated and
     * states the same kind of thing of it ("929/QĐ-TTg thay thế 598/QĐ-TTg" in both), the first graph's statements move
     * to the dated IRI and stay in the first graph, so removing the second document takes nothing of the first's.
     */
    @Test
    void aGraphKeepsItsOwnStatementsWhenItsUndatedDocumentIsResolved(@TempDir Path dir) throws Exception {
        Path replacing = Path.of(getClass().getResource("/cases/replaces_wording.txt").toURI());
        Path mentioning = Path.of(getClass().getResource("/cases/body_mention_as_upstream.txt").toURI());
        String graph = "<https://w3id.org/nq57/graph/replaces_wording.txt>";
        String replaced = "SELECT ?n { GRAPH " + graph + " { ?s <http://purl.org/dc/terms/replaces> ?o . "
                + "?o <" + ELI + "number> ?n } } ORDER BY ?n";
        String numbers = "SELECT ?n { GRAPH " + graph + " { ?d <" + ELI + "number> ?n FILTER(STRSTARTS(?n, \"929\")) } }";
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            new Loader().load(store, List.of(replacing));
            List<String> before = select(store, replaced);
            assertTrue(before.contains("598/QĐ-TTg") && before.contains("36/KH-UBND"), before.toString());

            new Loader().load(store, List.of(mentioning));

            assertEquals(before, select(store, replaced), "the first plan still states both replacements");
            assertEquals(List.of("929/QĐ-TTg"), select(store, numbers), "and the number of the decision it names");
        }
    }

    @Test
    void aNumberKnownUnderTwoYearsStaysUndated() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        String doc = "https://w3id.org/nq57/id/doc/dong-nai/";
        Node letter = NodeFactory.createURI("https://w3id.org/nq57/graph/letter.txt");
        Node plans = NodeFactory.createURI("https://w3id.org/nq57/graph/plans.txt");
        Node cites = NodeFactory.createURI(ELI + "cites");
        Txn.executeWrite(dsg, () -> {
            for (String d : List.of("undated/92-kh-ubnd", "2024/92-kh-ubnd", "2025/92-kh-ubnd"))
                dsg.add(d.startsWith("undated") ? letter : plans, NodeFactory.createURI(doc + d), RDF.type.asNode(),
                        NQ.PolicyDocument.asNode());
            dsg.add(letter, NodeFactory.createURI(doc + "2025/5-cv"), cites, NodeFactory.createURI(doc + "undated/92-kh-ubnd"));
            UndatedCitations.Resolved r = UndatedCitations.resolve(dsg);
            assertTrue(r.isEmpty(), r.toString());
            assertTrue(dsg.contains(letter, NodeFactory.createURI(doc + "2025/5-cv"), cites,
                    NodeFactory.createURI(doc + "undated/92-kh-ubnd")));

            dsg.deleteAny(plans, NodeFactory.createURI(doc + "2024/92-kh-ubnd"), Node.ANY, Node.ANY);
            r = UndatedCitations.resolve(dsg);
            assertEquals(java.util.Map.of(doc + "undated/92-kh-ubnd", doc + "2025/92-kh-ubnd"), r.iris());
            assertTrue(dsg.contains(letter, NodeFactory.createURI(doc + "2025/5-cv"), cites,
                    NodeFactory.createURI(doc + "2025/92-kh-ubnd")), "one year known: the citation reaches it");
        });
    }

    private static List<String> resolutions(GraphStore store) {
        return select(store, "SELECT DISTINCT ?d { GRAPH ?g { ?d <" + ELI + "number> ?n } FILTER(REPLACE(?n, \"[-/ ]\", \"\") = \"57NQTW\") }");
    }

    private static List<String> select(GraphStore store, String query) {
        return StoreQueries.firstColumn(store, query);
    }
}
