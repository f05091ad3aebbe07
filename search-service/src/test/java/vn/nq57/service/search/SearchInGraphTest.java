package vn.nq57.service.search;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import vn.nq57.service.RealDataServiceTest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code nq:search} answers for the active graph, on the real store over HTTP: inside {@code GRAPH ?g} each hit comes
 * with the graph that describes it, not with every graph; under a protocol dataset ({@code default-graph-uri}) or FROM
 * only entities of that graph come back. Whether an entity is "of a graph" is checked with plain SPARQL.
 */
class SearchInGraphTest extends RealDataServiceTest {
    private static final String NQ = "PREFIX nq: <https://w3id.org/nq57/ontology#>\n";
    private static final String WORDS = "chuyển đổi số";

    @Test
    void insideGraphEachHitComesWithItsOwnGraph() {
        List<QuerySolution> rows = select(NQ + "SELECT ?g ?e WHERE { GRAPH ?g { (?e) nq:search (\"" + WORDS + "\" 40) } }", null);
        assertFalse(rows.isEmpty(), "the words are in the documents");
        Set<String> entities = new HashSet<>();
        for (QuerySolution row : rows) {
            String graph = row.getResource("g").getURI(), entity = row.getResource("e").getURI();
            entities.add(entity);
            assertTrue(ask("ASK { GRAPH <" + graph + "> { <" + entity + "> ?p ?o } }"), entity + " paired with " + graph + ", which says nothing of it");
        }
        long graphs = select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", null).getFirst().getLiteral("n").getLong();
        assertTrue(graphs > 1, "the store has several documents");
        assertTrue(rows.size() < entities.size() * graphs, "hits are not paired with every graph");
    }

    @Test
    void aProtocolDatasetOfOneDocumentGivesOnlyThatDocumentsEntities() {
        String graph = select(NQ + "SELECT ?g (COUNT(?t) AS ?n) WHERE { GRAPH ?g { ?t a nq:Task } } GROUP BY ?g ORDER BY DESC(?n) LIMIT 1", null)
                .getFirst().getResource("g").getURI();
        String search = NQ + "SELECT ?e WHERE { (?e) nq:search (\"" + WORDS + "\" 30) }";
        List<QuerySolution> inGraph = select(search, graph);
        assertFalse(inGraph.isEmpty(), "the largest document matches " + WORDS);
        for (QuerySolution row : inGraph) {
            String entity = row.getResource("e").getURI();
            assertTrue(ask("ASK { GRAPH <" + graph + "> { <" + entity + "> ?p ?o } }"), entity + " is not of " + graph);
        }
        List<QuerySolution> withFrom = select(search.replace("WHERE", "FROM <" + graph + "> WHERE"), null);
        assertEquals(uris(inGraph), uris(withFrom), "FROM and default-graph-uri select the same graph");
    }

    private List<String> uris(List<QuerySolution> rows) {
        List<String> out = new ArrayList<>();
        for (QuerySolution row : rows) out.add(row.getResource("e").getURI());
        return out;
    }

    private List<QuerySolution> select(String query, String defaultGraph) {
        var builder = QueryExecutionHTTP.service(uri("/sparql").toString()).query(query);
        if (defaultGraph != null) builder.addDefaultGraphURI(defaultGraph);
        try (QueryExecution execution = builder.build()) {
            ResultSet results = execution.execSelect();
            List<QuerySolution> rows = new ArrayList<>();
            results.forEachRemaining(rows::add);
            return rows;
        }
    }

    private boolean ask(String query) {
        try (QueryExecution execution = QueryExecutionHTTP.service(uri("/sparql").toString()).query(query).build()) {
            return execution.execAsk();
        }
    }
}
