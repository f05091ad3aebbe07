package vn.nq57.ontology;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documented queries (docs/queries/*.rq) parse, state their question, and answer it on the Tân Lợi graph.
 */
class QueriesTest {
    private static final Path QUERIES = Fixtures.root().resolve("docs/queries");

    @Test
    void everyQueryParsesAndStartsWithItsQuestion() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(QUERIES)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(files.size() >= 7, "queries: " + files);
        for (Path file : files) {
            String text = Files.readString(file);
            assertTrue(text.startsWith("# "), file + " must open with a # comment stating the question");
            long commentLines = text.lines().takeWhile(l -> l.startsWith("#")).count();
            assertTrue(commentLines >= 3, file + ": question in Vietnamese, in English, and who asks");
            QueryFactory.create(text, Syntax.syntaxSPARQL_11); // throws on a syntax error
        }
    }

    @Test
    void tasksOfAPlanListsBothTasksInOrderWithLeadUnitAndDeadline() {
        List<QuerySolution> rows = run("tasks-of-a-plan.rq", Fixtures.tanLoi());
        assertEquals(List.of(Fixtures.TASK_INFRASTRUCTURE, Fixtures.TASK_SCHEME), column(rows, "task"));
        assertEquals("Phòng Văn hóa - Xã hội", rows.get(0).getLiteral("leadUnits").getString());
        assertEquals("Quý II/2026", rows.get(1).getLiteral("deadlineText").getString());
    }

    @Test
    void tasksByLeadUnitMatchesSpellingVariants() {
        List<QuerySolution> rows = run("tasks-by-lead-unit.rq", Fixtures.tanLoi());
        assertEquals(2, rows.size());
        assertEquals("xã Tân Lợi", rows.get(0).getLiteral("areaLabel").getString());
    }

    @Test
    void tasksDueInQuarterFindsOnlyTheQuarterTwoTask() {
        assertEquals(List.of(Fixtures.TASK_SCHEME), column(run("tasks-due-in-quarter.rq", Fixtures.tanLoi()), "task"));
    }

    @Test
    void communeTasksUnderTheProvincialPlanFollowLineage() {
        Graph g = Fixtures.tanLoi();
        assertEquals(List.of(Fixtures.TASK_INFRASTRUCTURE, Fixtures.TASK_SCHEME),
                column(run("commune-tasks-under-provincial-plan.rq", g), "task"));
        // Without the lineage link to 92/KH-UBND the tasks are no longer under it.
        g.remove(NodeFactory.createURI(Fixtures.PLAN), Vocab.eliBasedOn.asNode(), org.apache.jena.graph.Node.ANY);
        g.remove(org.apache.jena.graph.Node.ANY, NQ.derivesFrom.asNode(), NodeFactory.createURI(NQ.ID + "doc/ubnd-tinh-dong-nai/2025/92-kh-ubnd"));
        assertEquals(List.of(), run("commune-tasks-under-provincial-plan.rq", g));
    }

    @Test
    void pathsTo57ListEveryHop() {
        List<QuerySolution> rows = run("paths-to-57.rq", Fixtures.tanLoi());
        List<String> paths = new ArrayList<>();
        for (QuerySolution row : rows) {
            if (row.getResource("task").getURI().equals(Fixtures.TASK_SCHEME)) paths.add(row.getLiteral("path").getString());
        }
        String appendix = Fixtures.APPENDIX;
        assertEquals(List.of(
                appendix + " —is_part_of→ UBND xã Tân Lợi (không số) —applies→ 57-NQ/TW",
                appendix + " —is_part_of→ UBND xã Tân Lợi (không số) —based_on→ 92/KH-UBND —applies→ 71/NQ-CP —amends→ 03/NQ-CP —applies→ 57-NQ/TW"),
                paths);
    }

    @Test
    void indicatorsComparedShowsTheTargetOfEachCommune() {
        List<QuerySolution> rows = run("indicators-compared.rq", Fixtures.tanLoi());
        assertEquals(1, rows.size());
        QuerySolution row = rows.get(0);
        assertEquals("xã Tân Lợi", row.getLiteral("areaLabel").getString());
        assertEquals("≥", row.getLiteral("comparator").getString());
        assertEquals(60, row.getLiteral("value").getInt());
        assertEquals("≥ 60", row.getLiteral("targetText").getString());
    }

    @Test
    void completedTasksListsOnlyTasksMarkedCompleted() {
        Graph g = Fixtures.tanLoi();
        assertEquals(List.of(), run("completed-tasks.rq", g));
        var task = NodeFactory.createURI(Fixtures.TASK_INFRASTRUCTURE);
        g.remove(task, NQ.completed.asNode(), org.apache.jena.graph.Node.ANY);
        g.add(task, NQ.completed.asNode(), NodeFactory.createLiteralByValue(true));
        assertEquals(List.of(Fixtures.TASK_INFRASTRUCTURE), column(run("completed-tasks.rq", g), "task"));
    }

    private static List<QuerySolution> run(String file, Graph graph) {
        Query query;
        try {
            query = QueryFactory.create(Files.readString(QUERIES.resolve(file)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try (QueryExecution qe = QueryExecution.create(query, ModelFactory.createModelForGraph(graph))) {
            List<QuerySolution> rows = new ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static List<String> column(List<QuerySolution> rows, String var) {
        return rows.stream().map(r -> r.getResource(var).getURI()).toList();
    }
}
