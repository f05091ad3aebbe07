package vn.nq57.service.entity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nq57.service.web.BadParameterException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Entities of the real documents, read without HTTP. */
class EntityServiceTest {
    static EntityService service;
    /** Tân Lợi's plan (a draft) and its task about the commune's digital transformation scheme. */
    static String plan, task;

    @BeforeAll
    static void load() {
        service = new EntityService(RealGraph.dataset());
        plan = RealGraph.single("""
                SELECT DISTINCT ?plan WHERE { ?plan a nq:Plan ; nq:sourceFile ?f ; nq:area/rdfs:label ?a .
                  FILTER(CONTAINS(?a, "Tân Lợi")) FILTER NOT EXISTS { ?plan eli:is_part_of ?w } }""");
        task = RealGraph.single("""
                SELECT ?task WHERE { ?task a nq:Task ; nq:name ?n ; nq:inDocument/eli:is_part_of* ?plan .
                  ?plan nq:area/rdfs:label ?a . FILTER(CONTAINS(?a, "Tân Lợi") && STRSTARTS(?n, "Xây dựng Đề án Chuyển đổi số")) }""");
    }

    @Test
    void aTaskShowsItsVerbatimLinesDocumentUnitsAndUpstream() {
        Entity e = service.describe(task);
        assertEquals("Task", e.type());
        assertTrue(e.name().startsWith("Xây dựng Đề án Chuyển đổi số"), e.name());
        assertEquals("001_624e61ed64e861df.txt", e.source().file());
        assertTrue(e.source().text().contains("Xây dựng Đề án Chuyển đổi số"), e.source().text());
        assertTrue(e.source().lineStart() <= e.source().lineEnd());
        assertEquals("commune", e.document().level());
        assertTrue(e.units().stream().anyMatch(u -> u.role().equals("lead") && u.name().contains("Văn hóa")), e.units().toString());
        List<String> upstream = e.upstream().stream().map(Refs.DocumentRef::number).toList();
        assertTrue(upstream.contains("92/KH-UBND") && upstream.contains("57-NQ/TW"), upstream.toString());
        assertEquals("central", e.upstream().getLast().level(), "nearest level first, the centre last");
        assertFalse(e.fields().get("deadline.deadlineText").isEmpty(), "the owned deadline is shown inline: " + e.fields());
    }

    @Test
    void aDocumentListsItsTasksInOrder() {
        Entity e = service.describe(plan);
        assertEquals("Document", e.type());
        assertTrue(e.types().contains("Plan"), e.types().toString());
        List<Refs.EntityRef> tasks = e.children().stream().filter(c -> c.type().equals("Task")).toList();
        assertEquals(RealGraph.select("SELECT ?t WHERE { ?t a nq:Task ; nq:inDocument <" + plan + "> }").size(), tasks.size());
        assertTrue(tasks.contains(new Refs.EntityRef(task, "Task", service.describe(task).name())));
    }

    @Test
    void unknownAndMalformedIds() {
        assertThrows(UnknownEntityException.class, () -> service.describe("https://w3id.org/nq57/id/doc/nowhere"));
        assertEquals("id", assertThrows(BadParameterException.class, () -> EntityId.parse("92/KH-UBND"))
                .getBody().getProperties().get("parameter"));
        assertThrows(BadParameterException.class, () -> EntityId.parse(" "));
        assertThrows(BadParameterException.class, () -> EntityId.parse("http://a b"));
    }

    @Test
    void everyFieldHasOntologyLabelsAndNoValueIsAnIri() {
        for (String iri : List.of(task, plan)) {
            Entity e = service.describe(iri);
            assertFalse(e.properties().isEmpty());
            for (Described.Field f : e.properties()) {
                assertNotNull(f.label().vi(), "a Vietnamese label for " + f.property());
                assertNotNull(f.label().en(), "an English label for " + f.property());
                for (Described.Value v : f.values()) {
                    assertTrue(v.text() != null || v.label() != null, f.key() + " has a value in words: " + v);
                    if (v.text() != null) assertFalse(v.text().startsWith("http"), f.key() + " shows an IRI: " + v);
                }
            }
            assertTrue(e.properties().stream().noneMatch(f -> f.key().equals("verbatim") || f.key().equals("type")),
                    "what the page shows elsewhere is not a field");
        }
    }

    /** A document a field points to is called by its number, even one whose full text (and title) is loaded. */
    @Test
    void aDocumentInAFieldIsCalledByItsNumber() {
        var row = RealGraph.select("SELECT ?d ?c WHERE { ?d <http://data.europa.eu/eli/ontology#cites> ?c . "
                + "?c <http://data.europa.eu/eli/ontology#number> \"57-NQ/TW\" ; <http://purl.org/dc/terms/title> ?t } ORDER BY ?d LIMIT 1").getFirst();
        Entity e = service.describe(row.getResource("d").getURI());
        Described.Value cited = e.properties().stream().filter(f -> f.property().endsWith("#cites"))
                .flatMap(f -> f.values().stream()).filter(v -> row.getResource("c").getURI().equals(v.id()))
                .findFirst().orElseThrow();
        assertEquals("57-NQ/TW", cited.text());
    }

    /** A document dated only to its month says so ("2026-03" as a month, which the page writes "3/2026"). */
    @Test
    void aMonthWithoutItsDayIsTypedAsAMonth() {
        var row = RealGraph.select("SELECT ?d ?m WHERE { ?d nq:yearMonth ?m } ORDER BY ?d LIMIT 1").getFirst();
        Entity e = service.describe(row.getResource("d").getURI());
        Described.Value month = e.properties().stream().filter(f -> f.property().endsWith("#yearMonth"))
                .findFirst().orElseThrow().values().getFirst();
        assertEquals(row.getLiteral("m").getLexicalForm(), month.text());
        assertEquals("yearMonth", month.datatype());
    }

    @Test
    void aCommuneTaskSaysItsPlaceAndItsDeadlineAsDates() {
        Entity e = service.describe(task);
        assertEquals("commune", e.place().level());
        assertEquals("xã", e.place().levelLabel().vi());
        assertTrue(e.place().areas().getFirst().name().contains("Tân Lợi"), e.place().toString());
        assertEquals("kế hoạch", e.place().documentKind().vi());
        assertEquals("nhiệm vụ", e.kind().vi());
        Described.Field end = e.properties().stream().filter(f -> f.key().equals("deadline.end")).findFirst().orElseThrow();
        assertEquals("date", end.values().getFirst().datatype());
    }

    @Test
    void aPlanListsItsUpstreamWithRelationsAndItsItemsBySection() {
        Entity e = service.describe(plan);
        assertTrue(e.above().stream().anyMatch(l -> l.relation().equals("based_on") && "92/KH-UBND".equals(l.document().number())),
                e.above().toString());
        int tasks = RealGraph.select("SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a nq:Task ; nq:inDocument <" + plan + "> }")
                .getFirst().getLiteral("n").getInt();
        assertEquals(tasks, e.sections().stream().mapToInt(g -> g.tasks().size()).sum(), "every task in one section group");
        Entity upper = service.describe(e.above().stream().filter(l -> "92/KH-UBND".equals(l.document().number()))
                .findFirst().orElseThrow().document().id());
        assertTrue(upper.below().stream().anyMatch(l -> l.document().id().equals(plan)), "the province plan lists the commune plan below it");
    }
}
