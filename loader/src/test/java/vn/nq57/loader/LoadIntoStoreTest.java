package vn.nq57.loader;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.read.SourceException;
import vn.nq57.loader.report.LoadReport;
import vn.nq57.loader.store.GraphStore;
import vn.nq57.ontology.Vocab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Loads the real documents of data/sources into a TDB2 store on disk and asks the questions users ask. */
class LoadIntoStoreTest {
    @TempDir
    static Path dir;
    static GraphStore store;
    static LoadReport report;

    static final String PREFIXES = Vocab.PREFIXES.entrySet().stream()
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n").collect(Collectors.joining());

    @BeforeAll
    static void load() throws Exception {
        store = GraphStore.open(dir.resolve("tdb2"));
        report = new Loader().load(store, List.of(RealDocuments.sources()));
    }

    static List<QuerySolution> select(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
                List<QuerySolution> rows = new ArrayList<>();
                qe.execSelect().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    static boolean ask(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
                return qe.execAsk();
            }
        });
    }

    @Test
    void theLoadedGraphConformsToTheShapes() {
        assertTrue(report.conforms(), report.toText());
    }

    @Test
    void everyDocumentIsAGraphOfItsOwn() {
        var graphs = select("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }");
        assertEquals(report.documents().size(), graphs.size(), "one named graph per source document");
    }

    @Test
    void tasksAndIndicatorsPerDocument() {
        Map<String, String> counts = new TreeMap<>();
        for (var d : report.documents()) counts.put(d.file().substring(0, 3), d.tasks() + "/" + d.indicators());
        assertEquals("83/0", counts.get("000"));
        assertEquals("31", counts.get("001").split("/")[1]);
        assertEquals("44", counts.get("002").split("/")[0]);
        assertEquals("28", counts.get("003").split("/")[1]);
        assertEquals("38/0", counts.get("004"));
        // the Government's programme: 140 tasks in appendix II, 41 indicators and their 16 sub-items in appendix I
        assertEquals("140/57", counts.get("nq0"));
        // 57-NQ/TW: tasks in prose (seven groups and the assignments of part IV), goals with numbers in part II
        assertTrue(Integer.parseInt(counts.get("nq5").split("/")[0]) > 20, counts.toString());
        assertTrue(Integer.parseInt(counts.get("nq5").split("/")[1]) > 10, counts.toString());
        assertNull(counts.get("qd8"), "the ministry decision is no longer in data/sources");
    }

    /** A province is named one way wherever it is named (its own plan's header or a reference to its committee),
     * with its level word as a commune is "xã …": the dashboard and the province facet list each province once. */
    @Test
    void everyProvinceHasOneLabelWithItsLevelWord() {
        var rows = select("""
                SELECT ?area (COUNT(DISTINCT ?label) AS ?labels) (SAMPLE(?label) AS ?one) WHERE {
                  ?area nq:level nq:province ; rdfs:label ?label }
                GROUP BY ?area""");
        assertTrue(rows.size() >= 3, rows.toString());
        for (var row : rows) {
            assertEquals(1, row.getLiteral("labels").getInt(), row.toString());
            String label = row.getLiteral("one").getString();
            // a province's body the text names without its province ("Ban Thường vụ Tỉnh ủy") has the placeholder area
            assertTrue(label.startsWith("tỉnh ") || label.startsWith("thành phố ")
                    || label.equals("(chưa rõ tỉnh)"), row.toString());
        }
    }

    @Test
    void tanLoiTasksDeriveFromDongNaisPlan92AndNoOtherProvincesPlan() {
        var rows = select("""
                SELECT DISTINCT ?province WHERE {
                  ?task a nq:Task ; nq:inDocument ?plan .
                  ?plan nq:area ?area . ?area rdfs:label ?commune . FILTER(CONTAINS(?commune, "Tân Lợi"))
                  ?plan nq:derivesFrom+ ?up .
                  ?up eli:number "92/KH-UBND" ; nq:area ?upArea . ?upArea rdfs:label ?province .
                }""");
        assertEquals(1, rows.size(), "exactly one 92/KH-UBND above the Tân Lợi tasks: " + rows);
        assertTrue(rows.getFirst().getLiteral("province").getString().contains("Đồng Nai"), rows.toString());
    }

    @Test
    void trungHoiTasksDeriveFromThaiNguyensPlan25() {
        var rows = select("""
                SELECT DISTINCT ?province WHERE {
                  ?task a nq:Task ; nq:inDocument ?plan .
                  ?plan nq:area ?area . ?area rdfs:label ?commune . FILTER(CONTAINS(?commune, "Trung Hội"))
                  ?plan nq:derivesFrom+ ?up .
                  ?up eli:number "25/KH-UBND" ; nq:area ?upArea . ?upArea rdfs:label ?province .
                }""");
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.getFirst().getLiteral("province").getString().contains("Thái Nguyên"), rows.toString());
    }

    @Test
    void everyTaskDerivesFromResolution57WhereItsTextStatesTheChain() {
        // 004 implements the Central Steering Committee's conclusion notice 07-TB/CQTTBCĐ, which concludes a review
        // of 57-NQ/TW: it names 57-NQ/TW, but no sentence states that the plan or the notice implements it.
        var orphans = select("""
                SELECT ?task ?doc WHERE {
                  ?task a nq:Task ; nq:inDocument ?doc . ?doc nq:level nq:commune .
                  FILTER NOT EXISTS { ?task nq:inDocument/nq:derivesFrom* ?r . ?r eli:number "57-NQ/TW" }
                } LIMIT 5""");
        assertEquals(List.of(), orphans.stream().map(s -> s.get("doc").toString()).distinct().toList());
        assertTrue(ask("""
                ASK { ?task a nq:Task ; nq:inDocument ?doc . ?doc nq:sourceFile/nq:fileName ?f FILTER(STRSTARTS(?f, "004"))
                      ?doc nq:derivesFrom ?n . ?n eli:number "07-TB/CQTTBCĐ" }"""));
    }

    @Test
    void everyTaskCarriesItsSourceLines() {
        assertFalse(ask("""
                ASK { ?t a nq:Task . FILTER NOT EXISTS {
                  ?t nq:sourceFile/nq:fileName ?f ; nq:lineStart ?a ; nq:lineEnd ?b ; nq:verbatim ?v .
                  FILTER(lang(?v) = "vi" && ?a <= ?b) } }"""));
    }

    @Test
    void loadingTwiceGivesTheSameGraph() throws Exception {
        long before = store.size();
        new Loader().load(store, List.of(RealDocuments.sources()));
        assertEquals(before, store.size(), "reloading replaces each document's graph, no duplicates");
    }

    @Test
    void aBadFileLeavesTheStoreExactlyAsItWas() throws Exception {
        long before = store.size();
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.copy(RealDocuments.file("001"), bad.resolve("good.txt"));
        Files.write(bad.resolve("zz-binary.txt"), new byte[]{0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3, 0, 0});
        SourceException e = assertThrows(SourceException.class, () -> new Loader().load(store, List.of(bad)));
        assertTrue(e.getMessage().contains("zz-binary.txt"), e.getMessage());
        assertEquals(before, store.size());
    }

    @Test
    void aDocumentWithoutTablesIsReportedNotSilentlyEmpty() throws Exception {
        Path prose = Files.createDirectories(dir.resolve("prose")).resolve("cong-van.txt");
        Files.writeString(prose, """
                ỦY BAN NHÂN DÂN
                XÃ AN BÌNH
                Số: 12/KH-UBND

                KẾ HOẠCH
                Triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị
                Nội dung chỉ có văn xuôi, không có bảng nhiệm vụ.
                """);
        var doc = new Loader().parse(List.of(prose)).report().documents().getFirst();
        assertEquals(0, doc.tasks());
        var whole = doc.notUnderstood().stream().filter(u -> u.reason().contains("no task or indicator table"))
            .findFirst();
        assertTrue(whole.isPresent(), doc.notUnderstood().toString());
        // shown at the document's first line with words, quoting it (not the file's name)
        assertFalse(whole.get().text().contains(prose.getFileName().toString()), whole.get().toString());
        assertFalse(whole.get().text().isBlank(), whole.get().toString());
        assertEquals("dòng 1", whole.get().where(), "where the line sits, as the pages say it");
        // seven lines, as an editor counts them: the text block ends in a line break, which opens no eighth
        assertTrue(whole.get().reason().endsWith("found in 7 lines"), whole.get().reason());
    }

    /**
     * A report quotes what it did not understand, but not the whole of a long line (one within the bound a line may
     * have: a longer one is no document's, and the file is refused).
     */
    @Test
    void aVeryLongLineIsQuotedInPartWithItsLength() throws Exception {
        Path text = Files.createDirectories(dir.resolve("long")).resolve("mot-dong.txt");
        String line = "Nội dung chuyển đổi số ".repeat(800).strip();
        Files.writeString(text, line);
        var doc = new Loader().parse(List.of(text)).report().documents().getFirst();
        var whole = doc.notUnderstood().getFirst();
        assertTrue(whole.text().length() < vn.nq57.loader.rows.Unparsed.MAX_QUOTED + 40, "quoted in part");
        assertTrue(whole.text().startsWith(line.substring(0, vn.nq57.loader.rows.Unparsed.MAX_QUOTED)), "as written");
        assertTrue(whole.text().endsWith("… (" + line.length() + " characters)"), whole.text().substring(3_990));
    }

    @Test
    void aFailureInsideTheTransactionRollsBack() {
        long before = store.size();
        var run = assertDoesNotThrow(() -> new Loader().parse(List.of(RealDocuments.file("002"))));
        assertThrows(IllegalStateException.class, () -> store.replaceGraphs(run.dataset(), () -> {
            throw new IllegalStateException("disk full");
        }));
        assertEquals(before, store.size());
    }

    @Test
    void exampleQueriesReturnRows() throws Exception {
        try (var files = Files.list(RealDocuments.root().resolve("docs/queries"))) {
            for (Path q : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(q);
                List<QuerySolution> rows = Txn.calculateRead(store.dataset(), () -> {
                    try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(text).build()) {
                        List<QuerySolution> out = new ArrayList<>();
                        qe.execSelect().forEachRemaining(out::add);
                        return out;
                    }
                });
                assertFalse(rows.isEmpty(), q.getFileName() + " returned no rows");
            }
        }
    }
}
