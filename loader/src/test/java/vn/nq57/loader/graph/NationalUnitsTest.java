package vn.nq57.loader.graph;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.nq57.loader.Loader;
import vn.nq57.loader.RealDocuments;
import vn.nq57.loader.store.GraphStore;
import vn.nq57.ontology.Vocab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A ministry is one unit of the graph whichever document names it. The store holds the real documents of
 * {@code data/sources} (57-NQ/TW of the Politburo, 03/NQ-CP of the Government, a province's and communes' plans);
 * then the field case {@code column_variants_lead_status} (an appendix of the Government's Party committee giving
 * tasks to "Bộ Khoa học và Công nghệ", "Bộ Nội vụ", "Bộ Công an") is loaded on its own, as an upload is. Every task
 * either document gives to a ministry is led by that ministry's one unit, with one label; the issuer of 03/NQ-CP is the
 * unit its tables name as "Chính phủ"; the communes' own offices stay their communes'.
 */
class NationalUnitsTest {
    static final String PREFIXES = Vocab.PREFIXES.entrySet().stream()
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">\n").collect(Collectors.joining());
    @TempDir
    static Path dir;
    static GraphStore store;

    @BeforeAll
    static void load() throws Exception {
        store = GraphStore.open(dir.resolve("tdb2"));
        new Loader().load(store, List.of(RealDocuments.sources()));
        Path appendix = Path.of(NationalUnitsTest.class.getResource("/cases/column_variants_lead_status.txt").toURI());
        new Loader().load(store, List.of(appendix));
    }

    @org.junit.jupiter.api.AfterAll
    static void close() {
        store.close();
    }

    static List<List<String>> select(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<List<String>> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + query).build()) {
                var rs = qe.execSelect();
                while (rs.hasNext()) {
                    var row = rs.next();
                    out.add(rs.getResultVars().stream().map(v -> row.get(v) == null ? null
                            : row.get(v).isLiteral() ? row.getLiteral(v).getString() : row.get(v).toString()).toList());
                }
            }
            return out;
        });
    }

    @Test
    void theTasksOfBothDocumentsForAMinistryMeetAtItsOneUnit() {
        for (String ministry : List.of("Bộ Khoa học và Công nghệ", "Bộ Nội vụ", "Bộ Công an")) {
            var units = select("""
                    SELECT DISTINCT ?u { GRAPH ?g { ?t nq:leadUnit ?u . ?u skos:altLabel ?l } FILTER(STR(?l) = "%s") }"""
                    .formatted(ministry));
            assertEquals(1, units.size(), "units of the tasks led by " + ministry + ": " + units);
            String unit = units.getFirst().getFirst();
            assertTrue(unit.contains("/unit/viet-nam/bo-"), unit);
            var labels = select("SELECT DISTINCT ?l { GRAPH ?g { <%s> rdfs:label ?l } }".formatted(unit));
            assertEquals(List.of(List.of(ministry)), labels, "the official name, once");
            var documents = select("SELECT DISTINCT ?g { GRAPH ?g { ?t nq:leadUnit <%s> } }".formatted(unit));
            assertEquals(2, documents.size(), ministry + " leads tasks of 03/NQ-CP and of the appendix: " + documents);
        }
    }

    @Test
    void aLeadCellThatRunsTwoMinistriesTogetherOrSplitsOnesNameGivesTheMinistries() {
        // 03/NQ-CP line 400: "Bộ Thông tin và Truyền thông Bộ Khoa học và Công nghệ" (no separator);
        // line 440: "Bộ Khoa học, Công nghệ, Bộ Thông tin và Truyền thông, Bộ Kế hoạch và Đầu tư và các địa phương"
        assertEquals(java.util.Set.of("Bộ Khoa học và Công nghệ", "Bộ Thông tin và Truyền thông"), leads(400));
        assertEquals(java.util.Set.of("Bộ Khoa học và Công nghệ", "Bộ Thông tin và Truyền thông", "Bộ Kế hoạch và Đầu tư",
                "các địa phương"), leads(440));
    }

    private static java.util.Set<String> leads(int line) {
        return select("""
                SELECT DISTINCT ?l { GRAPH ?g { ?t a nq:Task ; nq:lineStart ?line ; nq:leadUnit/rdfs:label ?l } FILTER(?line = %d)
                  FILTER(CONTAINS(STR(?g), "nq03-cp")) }""".formatted(line)).stream().map(List::getFirst)
                .collect(Collectors.toSet());
    }

    @Test
    void theGovernmentThatIssuesTheProgrammeIsTheUnitOfThatName() {
        var issuers = select("SELECT DISTINCT ?body { GRAPH ?g { ?d eli:number \"03/NQ-CP\" ; eli:passed_by ?body } }");
        assertEquals(1, issuers.size(), issuers.toString());
        assertTrue(issuers.getFirst().getFirst().endsWith("/unit/viet-nam/chinh-phu"), issuers.toString());
    }

    @Test
    void aCommunesOwnOfficeStaysItsCommunes() {
        var offices = select("""
                SELECT DISTINCT ?u ?area { GRAPH ?g { ?t nq:leadUnit ?u . ?u nq:area ?area ; nq:canonicalName ?k }
                  FILTER(STRSTARTS(?k, "văn hóa xã hội")) }""");
        assertTrue(offices.size() >= 2, offices.toString());
        for (var o : offices) assertFalse(o.get(1).endsWith("/area/viet-nam"), o.toString());
    }

    /**
     * A decision cited as its Minister's ("… của Bộ trưởng Bộ Khoa học và Công nghệ") is passed by the ministry, as one
     * cited as the ministry's: one issuer, whatever the citing text calls it; the words as printed stay its name.
     */
    @Test
    void aDecisionOfAMinisterIsPassedByTheMinistry(@TempDir Path tmp) throws Exception {
        Path plan = tmp.resolve("ke-hoach-so-hoa.txt");
        java.nio.file.Files.writeString(plan, String.join("\n", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "TỈNH PHÚ YÊN",
                "Số: 31/KH-SKHCN", "Phú Yên, ngày 02 tháng 4 năm 2025", "KẾ HOẠCH", "Số hóa dữ liệu chuyên ngành",
                "Căn cứ Quyết định số 2345/QĐ-BKHCN ngày 12/12/2024 của Bộ trưởng Bộ Khoa học và Công nghệ;",
                "Căn cứ Quyết định số 118/QĐ-BKHCN ngày 20/01/2025 của Bộ Khoa học và Công nghệ;", ""));
        var run = new Loader().parse(List.of(plan));
        var bodies = Txn.calculateRead(run.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(run.dataset())).query(PREFIXES + """
                    SELECT DISTINCT ?body ?printed { GRAPH ?g { ?d eli:passed_by ?body ; nq:issuerName ?printed ;
                      eli:number ?n } FILTER(?n IN ("2345/QĐ-BKHCN", "118/QĐ-BKHCN")) } ORDER BY ?printed""").build()) {
                qe.execSelect().forEachRemaining(r -> out.add(r.getResource("body").getURI() + " " + r.getLiteral("printed").getString()));
            }
            return out;
        });
        assertEquals(List.of(
                "https://w3id.org/nq57/id/unit/viet-nam/bo-khoa-hoc-va-cong-nghe Bộ Khoa học và Công nghệ",
                "https://w3id.org/nq57/id/unit/viet-nam/bo-khoa-hoc-va-cong-nghe Bộ trưởng Bộ Khoa học và Công nghệ"), bodies);
    }
}
