package vn.nq57.bench.corpus;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.Loader;
import vn.nq57.loader.ParsedDocument;
import vn.nq57.loader.metadata.Levels;
import vn.nq57.loader.report.DocumentReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A small generated corpus loads through the real loader as the real documents do, with its lineage intact. */
class CorpusGeneratorTest {
    static final Path SOURCES = Path.of(System.getProperty("nq57.root", "..")).resolve("data/sources");

    @TempDir
    static Path dir;
    static Corpus corpus;
    static Loader.Run run;
    /** The same country, every commune with a plan only: one document per commune. */
    static Loader.Run plansOnly;

    @BeforeAll
    static void generateAndParse() throws Exception {
        CorpusGenerator generator = new CorpusGenerator(SOURCES);
        corpus = generator.generate(dir.resolve("corpus"), new CorpusSize(2, 6, 0.5), 57L);
        run = new Loader().parse(List.of(corpus.directory()));
        plansOnly = new Loader().parse(List.of(
                generator.generate(dir.resolve("plans"), new CorpusSize(2, 6, 0), 57L).directory()));
    }

    @Test
    void everyRowOfEveryGeneratedDocumentIsUnderstood() {
        StringBuilder problems = new StringBuilder();
        for (DocumentReport d : run.report().documents()) {
            // National documents are copied as published: what the loader cannot place in them
            // (03/NQ-CP prints a footnote mark "¹" whose note its source lost) is its report on the real document.
            if (d.file().startsWith("tw-")) continue;
            d.notUnderstood().forEach(u -> problems.append(d.file()).append(':').append(u.line()).append(' ')
                    .append(u.reason()).append(": ").append(u.text()).append('\n'));
            d.countMismatches().forEach(m -> problems.append(d.file()).append(" COUNT ").append(m).append('\n'));
        }
        assertEquals("", problems.toString());
    }

    @Test
    void conformsToTheShapes() {
        assertTrue(plansOnly.report().conforms(), () -> "SHACL: " + plansOnly.report().violations());
        // Known loader limit (reported): a commune's plan and its appendix spell a unit differently
        // ("Phòng Văn hóa - Xã hội" / "Văn hóa xã hội"), and the loader gives the one unit both labels.
        assertTrue(run.report().violations().stream().allMatch(v -> v.toString().contains("/id/unit/")
                && v.toString().contains("rdf-schema#label")), () -> "SHACL: " + run.report().violations());
    }

    @Test
    void loadsTheRowsItGenerated() {
        assertEquals(corpus.documents().size(), run.documents().size());
        assertEquals(corpus.tasks(), run.report().tasks());
        assertEquals(corpus.indicators(), run.report().indicators());
        assertEquals(6, corpus.communes());
        assertTrue(corpus.documents().stream().anyMatch(d -> d.file().getFileName().toString().endsWith("-phu-luc.txt")),
                "some commune issues an appendix");
    }

    @Test
    void documentsAreDistinctAndPlacedInTheirGeneratedAreas() {
        assertEquals(run.documents().size(), run.documents().stream().map(ParsedDocument::documentIri).distinct().count(),
                "each generated file is its own document");
        Map<Path, GeneratedDocument> byFile = new HashMap<>();
        corpus.documents().forEach(d -> byFile.put(d.file().getFileName(), d));
        for (ParsedDocument doc : run.documents()) {
            GeneratedDocument expected = byFile.get(Path.of(doc.source().fileName()));
            assertEquals(expected.level(), doc.metadata().issuerLevel(), doc.source().fileName());
            if (expected.commune() != null && doc.metadata().area() != null) {
                assertEquals(expected.commune(), doc.metadata().area().commune(), doc.source().fileName());
            }
        }
    }

    @Test
    void communeTasksReachTheirProvincePlanAnd57() {
        Map<String, String> provincePlan = new HashMap<>();
        for (ParsedDocument doc : run.documents()) {
            if (Levels.PROVINCE.equals(doc.metadata().issuerLevel())) {
                provincePlan.put(doc.metadata().area().province(), doc.documentIri());
            }
        }
        assertEquals(2, provincePlan.size());
        Model union = ModelFactory.createModelForGraph(run.dataset().getUnionGraph());
        int checked = 0;
        for (GeneratedDocument g : corpus.documents()) {
            if (!Levels.COMMUNE.equals(g.level()) || g.tasks() == 0) continue;
            ParsedDocument doc = run.documents().stream()
                    .filter(d -> d.source().fileName().equals(g.file().getFileName().toString())).findFirst().orElseThrow();
            List<String> reached = reached(union, doc.documentIri());
            assertTrue(reached.contains(provincePlan.get(g.province())),
                    () -> doc.source().fileName() + " does not reach its province plan; reaches " + reached);
            assertTrue(reached.stream().anyMatch(iri -> iri.endsWith("/57-nq-tw")),
                    () -> doc.source().fileName() + " does not reach 57-NQ/TW; reaches " + reached);
            long tasks = count(union, doc.documentIri());
            assertEquals(g.tasks(), tasks, doc.source().fileName());
            checked++;
        }
        assertTrue(checked >= 6, "every commune plan checked: " + checked);
    }

    private static List<String> reached(Model m, String docIri) {
        String q = "PREFIX nq: <https://w3id.org/nq57/ontology#> SELECT DISTINCT ?up WHERE { <" + docIri + "> nq:derivesFrom+ ?up }";
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            List<String> out = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(s.getResource("up").getURI()));
            return out;
        }
    }

    private static long count(Model m, String docIri) {
        String q = "PREFIX nq: <https://w3id.org/nq57/ontology#> SELECT (COUNT(?t) AS ?n) WHERE { ?t a nq:Task ; nq:inDocument <" + docIri + "> }";
        try (QueryExecution qe = QueryExecution.model(m).query(q).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void sameSeedSameCorpus() throws Exception {
        Corpus again = new CorpusGenerator(SOURCES).generate(dir.resolve("again"), new CorpusSize(2, 6, 0.5), 57L);
        assertEquals(corpus.documents().size(), again.documents().size());
        for (int i = 0; i < again.documents().size(); i++) {
            assertEquals(Files.readString(corpus.documents().get(i).file()), Files.readString(again.documents().get(i).file()));
        }
    }
}
