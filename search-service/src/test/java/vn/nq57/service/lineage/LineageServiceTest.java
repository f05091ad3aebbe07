package vn.nq57.service.lineage;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nq57.service.entity.RealGraph;
import vn.nq57.service.lineage.LineageUp.Edge;
import vn.nq57.service.web.BadParameterException;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Lineage over the real documents, without HTTP; expectations come from the tests' own SPARQL. */
class LineageServiceTest {
    static LineageService service;
    static String dongNai92, tanLoiTask;

    @BeforeAll
    static void load() {
        service = new LineageService(RealGraph.dataset());
        dongNai92 = RealGraph.single("""
                SELECT ?d WHERE { ?d eli:number "92/KH-UBND" ; nq:area/rdfs:label ?a . FILTER(CONTAINS(?a, "Đồng Nai")) }""");
        tanLoiTask = RealGraph.select("""
                SELECT ?t WHERE { ?t a nq:Task ; nq:position ?p ; nq:inDocument/nq:area/rdfs:label ?a .
                  FILTER(CONTAINS(?a, "Tân Lợi")) } ORDER BY ?p LIMIT 1""").getFirst().getResource("t").getURI();
    }

    @Test
    void aTanLoiTaskReachesDongNaisPlan92ThenResolution57WithQuotes() {
        LineageUp up = service.up(tanLoiTask);
        assertFalse(up.paths().isEmpty());
        List<Edge> via92 = up.paths().stream()
                .filter(p -> p.stream().anyMatch(e -> e.to().id().equals(dongNai92)))
                .filter(p -> "57-NQ/TW".equals(p.getLast().to().number()))
                .findFirst().orElseThrow(() -> new AssertionError("no path through 92/KH-UBND to 57-NQ/TW: " + up.paths()));
        assertEquals("inDocument", via92.getFirst().relation());
        assertEquals(tanLoiTask, via92.getFirst().from().id());
        for (int i = 1; i < via92.size(); i++) assertEquals(via92.get(i - 1).to(), via92.get(i).from(), "edges chain");
        Edge into92 = via92.stream().filter(e -> e.to().id().equals(dongNai92)).findFirst().orElseThrow();
        assertEquals("based_on", into92.relation());
        assertTrue(into92.quote().contains("92/KH-UBND"), into92.quote());
        assertEquals("001_624e61ed64e861df.txt", into92.file());
        assertNotNull(into92.lineStart());
        assertTrue(up.tops().stream().anyMatch(t -> "57-NQ/TW".equals(t.number())), up.tops().toString());
        for (List<Edge> path : up.paths()) {
            Set<String> seen = path.stream().map(e -> e.to().id()).collect(Collectors.toSet());
            assertEquals(path.size(), seen.size(), "no document twice on a path");
            assertTrue(up.tops().stream().anyMatch(t -> t.id().equals(path.getLast().to().id())), "every path ends at a top");
        }
    }

    /**
     * Resolution 57-NQ/TW derives from nothing: the answer says it is where the chains start (its node, its own top),
     * not merely that no path was found; a task of a plan still gets its paths and no origin.
     */
    @Test
    void theRootResolutionIsTheOriginOfItsChains() {
        String nq57 = RealGraph.single("SELECT ?d WHERE { ?d eli:number \"57-NQ/TW\" FILTER(CONTAINS(STR(?d), \"/2024/\")) }");
        LineageUp up = service.up(nq57);
        assertTrue(up.paths().isEmpty(), up.paths().toString());
        assertNotNull(up.origin(), "57-NQ/TW is the origin of its chains");
        assertEquals("57-NQ/TW", up.origin().number());
        assertEquals(nq57, up.origin().id());
        assertEquals(List.of(nq57), up.tops().stream().map(LineageUp.Top::id).toList());
        assertNull(service.up(tanLoiTask).origin(), "a task is no origin");
        assertNull(service.up(dongNai92).origin(), "a plan based on others is no origin");
    }

    @Test
    void theCommuneTasksUnderPlan92AreExactlyThoseTheGraphDerives() {
        LineageDown down = service.downAll(dongNai92, DownFilter.parse("commune", "Task", null, null));
        Set<String> expected = RealGraph.select("""
                SELECT DISTINCT ?t WHERE { ?t a nq:Task ; nq:inDocument ?d . ?d nq:derivesFrom <%s> ; nq:level nq:commune }"""
                .formatted(dongNai92)).stream().map(r -> r.getResource("t").getURI()).collect(Collectors.toSet());
        assertFalse(expected.isEmpty());
        assertEquals(expected, down.results().stream().map(LineageDown.Item::id).collect(Collectors.toSet()));
        assertEquals(expected.size(), down.total());
        assertEquals(expected.size(), down.countsByDocument().stream().mapToInt(LineageDown.DocumentCount::count).sum());
        assertEquals(expected.size(), down.countsByLevel().get("commune"));
    }

    @Test
    void everyResultDownFromResolution57CarriesItsSourceWords() {
        String nq57 = RealGraph.single("SELECT ?d WHERE { ?d eli:number \"57-NQ/TW\" FILTER(CONTAINS(STR(?d), \"/2024/\")) }");
        LineageDown down = service.downAll(nq57, DownFilter.parse(null, null, null, null));
        assertTrue(down.total() > 100, "the seeds' plans and their tasks: " + down.total());
        for (LineageDown.Item i : down.results()) {
            if (i.type().equals("Document")) continue;
            // a task or indicator: its own row or paragraph, where the source prints it
            assertNotNull(i.quote(), i.toString());
            assertNotNull(i.file(), i.toString());
            assertTrue(i.lineStart() > 0 && i.lineEnd() >= i.lineStart(), i.toString());
        }
        // Tân Lợi's plan derives from Đồng Nai's 92/KH-UBND: its evidence is its own "Căn cứ Kế hoạch số 92/KH-UBND …"
        LineageDown.Item tanLoi = service.downAll(dongNai92, DownFilter.parse(null, "Document", null, null)).results()
                .stream().filter(i -> "001_624e61ed64e861df.txt".equals(i.document().file())).findFirst()
                .orElseThrow(() -> new AssertionError("Tân Lợi's plan is below 92/KH-UBND"));
        assertTrue(tanLoi.quote().startsWith("Căn cứ Kế hoạch số 92/KH-UBND"), tanLoi.quote());
        // a draft without a number is named by its kind and issuer: the kind its heading states
        assertNull(tanLoi.document().number());
        assertEquals("kế hoạch", tanLoi.document().kind().vi(), tanLoi.document().toString());
        assertEquals("001_624e61ed64e861df.txt", tanLoi.file());
        assertTrue(tanLoi.lineStart() > 0, tanLoi.toString());
        long documents = down.results().stream().filter(i -> i.type().equals("Document")).count();
        long quoted = down.results().stream().filter(i -> i.type().equals("Document") && i.quote() != null).count();
        assertTrue(documents > 0 && quoted == documents, quoted + " of " + documents + " documents quoted: "
                + down.results().stream().filter(i -> i.type().equals("Document") && i.quote() == null).toList());
    }

    @Test
    void pagesSplitTheResults() {
        LineageDown all = service.downAll(dongNai92, DownFilter.parse(null, null, null, null));
        LineageDown second = service.down(dongNai92, DownFilter.parse(null, null, "2", "5"));
        assertEquals(all.total(), second.total());
        assertEquals(all.results().subList(5, 10), second.results());
    }

    @Test
    void badFiltersNameTheirParameter() {
        assertEquals("level", parameter(() -> DownFilter.parse("village", null, null, null)));
        assertEquals("type", parameter(() -> DownFilter.parse(null, "Unicorn", null, null)));
        assertEquals("page", parameter(() -> DownFilter.parse(null, null, "0", null)));
        assertEquals("size", parameter(() -> DownFilter.parse(null, null, null, "many")));
        assertEquals("id", parameter(() -> service.down(tanLoiTask, DownFilter.parse(null, null, null, null))),
                "lineage down starts from a document");
    }

    // --- the answer from the in-memory view is the straightforward SPARQL answer

    @Test
    void downEqualsTheSparqlAnswerOnTheRealDocuments() {
        // In a TDB2 store, as the service holds them, so the view is kept between requests as it is there.
        Dataset tdb = TDB2Factory.createDataset();
        Txn.executeRead(RealGraph.dataset(), () -> Txn.executeWrite(tdb, () ->
                RealGraph.dataset().asDatasetGraph().find().forEachRemaining(tdb.asDatasetGraph()::add)));
        List<String> documents = RealGraph.select("SELECT DISTINCT ?d WHERE { ?d a nq:PolicyDocument } ORDER BY ?d")
                .stream().map(r -> r.getResource("d").getURI()).toList();
        assertTrue(documents.size() > 5, documents.toString());
        int compared = assertSameAnswers(new LineageService(tdb), new SparqlLineageDown(tdb), documents, true);
        assertTrue(compared > 0);
        // and over the in-memory dataset, where no view is kept (each answer reads its own)
        assertSameAnswers(service, new SparqlLineageDown(RealGraph.dataset()), List.of(dongNai92), false);
    }

    @Test
    void upEqualsTheWalkThatReadsEverythingFromTheStoreForEveryEntityOfTheRealDocuments() {
        // In a TDB2 store, so the summaries are kept between walks as in the service; every walk twice, the second
        // from what the first kept.
        Dataset tdb = copyToTdb2();
        List<String> starts = RealGraph.select("""
                SELECT DISTINCT ?e WHERE { { ?e a nq:PolicyDocument } UNION { ?e nq:inDocument ?d } } ORDER BY ?e""")
                .stream().map(r -> r.getResource("e").getURI()).toList();
        assertTrue(starts.size() > 100, "documents, tasks, indicators, sections: " + starts.size());
        LineageService cached = new LineageService(tdb);
        int withPaths = 0;
        for (int round = 0; round < 2; round++) {
            for (String start : starts) {
                LineageUp expected = Txn.calculateRead(tdb, () ->
                        new UncachedUpwardPaths(LineageService.MAX_PATHS).walk(tdb.getUnionModel().createResource(start)));
                assertEquals(expected, cached.up(start), start + " round " + round);
                if (round == 0 && !expected.paths().isEmpty()) withPaths++;
            }
        }
        assertTrue(withPaths > 100, "starts with a path up: " + withPaths);
        // and over the in-memory dataset, where nothing is kept between walks
        assertEquals(Txn.calculateRead(RealGraph.dataset(), () -> new UncachedUpwardPaths(LineageService.MAX_PATHS)
                .walk(RealGraph.dataset().getUnionModel().createResource(tanLoiTask))), service.up(tanLoiTask));
    }

    @Test
    void upAfterAWriteReadsTheNewState() {
        LineageFixture fixture = new LineageFixture(3, 3, 4);
        LineageService cached = new LineageService(fixture.dataset);
        String province = fixture.provinces.get(1), commune = fixture.communes.get(4);
        assertEquals(province, cached.up(commune).paths().getFirst().getFirst().to().id(), "the province kept from this walk");
        // a write renames the province: the next walk shows the new name, not the kept one
        Txn.executeWrite(fixture.dataset, () -> {
            org.apache.jena.rdf.model.Model graph = fixture.dataset.getNamedModel(LineageFixture.BASE + "graph/renamed");
            graph.createResource(province).addProperty(vn.nq57.ontology.NQ.name, "Kế hoạch đã đổi tên", "vi");
        });
        LineageUp after = cached.up(commune);
        assertEquals("Kế hoạch đã đổi tên", after.paths().getFirst().getFirst().to().name());
        String added = fixture.addCommunePlan(province, "commune-new", 5);
        LineageUp up = cached.up(added);
        assertEquals(province, up.paths().getFirst().getFirst().to().id(), "a plan added is walked at once");
        assertEquals(after.tops(), up.tops());
    }

    @Test
    void refsReadByScansEqualThoseReadPerDocument() {
        for (Dataset dataset : List.of(RealGraph.dataset(), new LineageFixture(11, 4, 5).dataset)) {
            int compared = Txn.calculateRead(dataset, () -> {
                org.apache.jena.rdf.model.Model union = dataset.getUnionModel();
                List<org.apache.jena.graph.Node> nodes = new java.util.ArrayList<>();
                union.listSubjects().forEachRemaining(r -> nodes.add(r.asNode())); // documents, items, stubs, anything
                DocumentRefs refs = DocumentRefs.read(union, nodes);
                for (org.apache.jena.graph.Node node : nodes)
                    assertEquals(vn.nq57.service.entity.EntityReader.document(union.wrapAsResource(node)), refs.of(node), node.toString());
                return nodes.size();
            });
            assertTrue(compared > 50, "compared " + compared);
        }
    }

    private static Dataset copyToTdb2() {
        Dataset tdb = TDB2Factory.createDataset();
        Txn.executeRead(RealGraph.dataset(), () -> Txn.executeWrite(tdb, () ->
                RealGraph.dataset().asDatasetGraph().find().forEachRemaining(tdb.asDatasetGraph()::add)));
        return tdb;
    }

    @Test
    void requestsArrivingWhileTheViewIsReadInTheBackgroundWaitForItAndAnswerRight() throws Exception {
        // As at a start: the view read in the background, requests from several threads arriving meanwhile.
        LineageFixture fixture = new LineageFixture(57, 7, 9);
        SparqlLineageDown reference = new SparqlLineageDown(fixture.dataset);
        LineageService starting = new LineageService(fixture.dataset);
        Thread reading = starting.prepareInBackground();
        List<String> roots = fixture.roots();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<LineageDown>> answers = roots.stream()
                    .map(root -> pool.submit(() -> starting.downAll(root, DownFilter.parse(null, null, null, null))))
                    .toList();
            for (int i = 0; i < roots.size(); i++) {
                assertEquals(reference.down(roots.get(i), DownFilter.parse(null, null, null, null), false),
                        answers.get(i).get(), roots.get(i));
            }
        } finally {
            pool.shutdown();
        }
        reading.join();
        assertSameAnswers(starting, reference, roots, false);
    }

    @Test
    void downEqualsTheSparqlAnswerOnAGeneratedMultiCommuneLineage() {
        LineageFixture fixture = new LineageFixture(57, 7, 9);
        LineageService fast = new LineageService(fixture.dataset);
        SparqlLineageDown reference = new SparqlLineageDown(fixture.dataset);
        assertSameAnswers(fast, reference, fixture.roots(), true);
        // the rare cases are there: a plan listed under a province it derives from only through a stub, the items
        // counted once per position, a cycle between two commune plans
        LineageDown last = fast.downAll(fixture.provinces.getLast(), DownFilter.parse(null, "Document", null, null));
        assertTrue(last.results().stream().anyMatch(i -> i.id().equals(fixture.provinces.getFirst() + "/commune-1")),
                "through the stub");
        LineageDown odd = fast.downAll(fixture.communes.get(3), DownFilter.parse(null, null, null, null));
        assertEquals(2, odd.results().stream().filter(i -> i.id().endsWith("/task/twice")).count());
        assertEquals(2, odd.results().stream().filter(i -> i.id().endsWith("/both")).count());
        LineageDown cycle = fast.downAll(fixture.communes.get(0), DownFilter.parse(null, "Document", null, null));
        assertTrue(cycle.results().stream().noneMatch(i -> i.id().equals(fixture.communes.get(0))), "never itself");
        assertTrue(cycle.results().stream().anyMatch(i -> i.id().equals(fixture.communes.get(2))));
    }

    @Test
    void aPlanWrittenToTheStoreIsInTheNextAnswer() {
        LineageFixture fixture = new LineageFixture(3, 3, 4);
        LineageService fast = new LineageService(fixture.dataset);
        String province = fixture.provinces.get(1);
        DownFilter documents = DownFilter.parse("commune", "Document", null, null);
        LineageDown before = fast.downAll(province, documents);
        String added = fixture.addCommunePlan(province, "commune-new", 5);
        LineageDown after = fast.downAll(province, documents);
        assertEquals(before.total() + 1, after.total());
        assertTrue(after.results().stream().anyMatch(i -> i.id().equals(added)), after.results().toString());
        assertEquals(new SparqlLineageDown(fixture.dataset).down(province, DownFilter.parse(null, null, null, null), false),
                fast.downAll(province, DownFilter.parse(null, null, null, null)));
        LineageDown tasks = fast.downAll(province, DownFilter.parse(null, "Task", null, null));
        assertTrue(tasks.countsByDocument().stream().anyMatch(c -> c.id().equals(added) && c.count() > 0));
    }

    /**
     * Compares every filter (each level and none, each type and none; or a few) for each root: the whole answer as a download
     * gives it, and pages at the start, across a document boundary, at the end and past it.
     */
    private static int assertSameAnswers(LineageService fast, SparqlLineageDown reference, List<String> roots,
                                         boolean everyFilter) {
        List<String> levels = new java.util.ArrayList<>(everyFilter ? vn.nq57.service.entity.Levels.NAMES : List.of("commune"));
        levels.add(null);
        List<String> types = new java.util.ArrayList<>(everyFilter ? DownFilter.TYPES : List.of("Task"));
        types.add(null);
        int compared = 0;
        for (String root : roots) {
            for (String level : levels) {
                for (String type : types) {
                    DownFilter all = DownFilter.parse(level, type, null, null);
                    LineageDown expected = reference.down(root, all, false);
                    String what = root + " level=" + level + " type=" + type;
                    assertEquals(expected, fast.downAll(root, all), what);
                    int total = expected.total();
                    if (total > 0) compared++;
                    for (String[] page : new String[][]{{"1", "20"}, {"2", "7"}, {"3", "1"},
                            {String.valueOf(Math.max(1, (total + 4) / 5)), "5"}, {String.valueOf(total + 2), "3"}}) {
                        DownFilter paged = DownFilter.parse(level, type, page[0], page[1]);
                        assertEquals(reference.down(root, paged, true), fast.down(root, paged), what + " page " + page[0] + "x" + page[1]);
                    }
                }
            }
        }
        return compared;
    }

    private static Object parameter(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(BadParameterException.class, call).getBody().getProperties().get("parameter");
    }
}
