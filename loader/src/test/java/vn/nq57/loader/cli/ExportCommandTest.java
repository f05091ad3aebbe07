package vn.nq57.loader.cli;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.loader.Loader;
import vn.nq57.loader.RealDocuments;
import vn.nq57.loader.store.GraphStore;
import vn.nq57.ontology.Iris;
import vn.nq57.ontology.NQ;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code nq57 export} gives what a file cites the identity {@code nq57 load} gives it in the same store: a resolution
 * cited by its bare number ("Nghị quyết số 71/NQ-CP", no date) is the dated document the store holds, not a second,
 * undated one; and with no store, what a load into an empty store gives. Expected identities are read from real
 * stores the loader wrote.
 */
class ExportCommandTest {
    /** A commune plan citing a Government resolution only by its number, never with a date. */
    private static final String BARE_CITATION = """
            ỦY BAN NHÂN DÂN
            XÃ AN BÌNH

            Số: 12/KH-UBND

            An Bình, ngày 05 tháng 3 năm 2026

            KẾ HOẠCH

            Triển khai thực hiện Nghị quyết số 71/NQ-CP của Chính phủ trên địa bàn xã An Bình năm 2026

            Căn cứ Nghị quyết số 71/NQ-CP của Chính phủ;

            Ủy ban nhân dân xã xác định một số nhiệm vụ trọng tâm năm 2026, như sau:

            1. Tổ chức tuyên truyền sâu rộng nội dung Nghị quyết số 71/NQ-CP đến cán bộ và nhân dân trên địa bàn xã.
            """;

    @TempDir
    Path dir;

    @Test
    void aBareCitationIsNamedAsALoadIntoTheSameStoreNamesIt() throws Exception {
        Path plan = Files.writeString(dir.resolve("ke-hoach-12.txt"), BARE_CITATION);
        Path store = dir.resolve("tdb2");
        try (GraphStore graphs = GraphStore.open(store)) {
            new Loader(line -> { }).load(graphs, List.of(RealDocuments.sources()));
        }

        String exported = citedByExport(plan, store);
        String loaded = citedByLoad(plan, store);
        assertEquals(loaded, exported, "export and load name the cited resolution alike");

        // The real documents date that resolution, so the store's identity is not the undated one a file alone gives.
        Path empty = dir.resolve("empty-tdb2");
        String alone = citedByExport(plan, dir.resolve("no-store-here"));
        assertEquals(citedByLoad(plan, empty), alone, "without a store: as a load into an empty store");
        assertNotEquals(alone, exported, "the store's dated document, not the identity of the file alone");
        assertTrue(Files.notExists(dir.resolve("no-store-here")), "an export never creates a store");
    }

    @Test
    void theCountItReportsIsWhatTheFileHolds() throws Exception {
        Path plan = Files.writeString(dir.resolve("ke-hoach-12.txt"), BARE_CITATION);
        for (String format : List.of("jsonl", "csv")) {
            Path out = dir.resolve("export." + format);
            java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
            java.io.PrintStream before = System.err;
            System.setErr(new java.io.PrintStream(said, true, java.nio.charset.StandardCharsets.UTF_8));
            try {
                assertEquals(0, new CommandLine(new LoaderCli()).execute("export", "--format", format, "--out",
                        out.toString(), "--store", dir.resolve("no-store-here").toString(), plan.toString()));
            } finally {
                System.setErr(before);
            }
            long lines = Files.readAllLines(out).stream().filter(l -> !l.isBlank()).count();
            long rows = format.equals("csv") ? lines - 1 : lines; // the CSV's header is not a row
            String report = said.toString(java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(report.contains("wrote " + rows + " "), format + ": " + report + " for " + rows + " lines");
        }
    }

    @Test
    void aTasksReportedStateAndProgressAreExportedAsPrinted() throws Exception {
        // case column_variants_lead_status: a "TIẾN ĐỘ" column (the state) and a "KẾT QUẢ HIỆN NAY" column (progress)
        Path plan = dir.resolve("column_variants_lead_status.txt");
        Files.copy(Path.of(ExportCommandTest.class.getResource("/cases/column_variants_lead_status.txt").toURI()), plan);
        Path jsonl = dir.resolve("tasks.jsonl");
        Path csv = dir.resolve("tasks.csv");
        for (Path out : List.of(jsonl, csv)) {
            assertEquals(0, new CommandLine(new LoaderCli()).execute("export", "--format",
                    out.toString().endsWith(".csv") ? "csv" : "jsonl", "--out", out.toString(),
                    "--store", dir.resolve("no-store-here").toString(), plan.toString()));
        }
        JsonMapper json = JsonMapper.builder().build();
        java.util.Map<String, JsonNode> byName = new java.util.HashMap<>();
        for (String line : Files.readAllLines(jsonl)) {
            JsonNode record = json.readTree(line);
            if ("Task".equals(record.get("type").asString())) byName.put(record.get("name").asString(), record);
        }
        JsonNode done = byName.get("Xây dựng chương trình tuyên truyền");
        JsonNode running = byName.get("Xây dựng Đề án đánh giá");
        JsonNode late = byName.get("Tham mưu thành lập Ủy ban dữ liệu");
        assertNotNull(done, byName::toString);
        assertEquals("Hoàn thành", done.get("status").asString());
        assertEquals("Đã trình", done.get("progress").asString());
        assertTrue(done.get("completed").asBoolean());
        assertEquals("Đang thực hiện", running.get("status").asString());
        assertEquals("Đang soạn", running.get("progress").asString());
        assertEquals(false, running.get("completed").asBoolean());
        assertEquals("Quá hạn", late.get("status").asString());
        // The document is dated "tháng 5 năm 2025", no day: its tasks carry that month, as its own record does.
        assertEquals("2025-05", late.get("document").get("date").asString(), late::toString);
        assertTrue(late.get("progress").isNull(), "no progress printed: " + late);

        try (var rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(csv))) {
            var records = rows.getRecords();
            var row = records.stream().filter(r -> r.get("name").equals("Xây dựng Đề án đánh giá")).findFirst().orElseThrow();
            assertEquals("Đang thực hiện", row.get("status"));
            assertEquals("Đang soạn", row.get("progress"));
            assertEquals("2025-05", row.get("document_date"));
        }
    }

    /** The document the plan's basis statement cites, as {@code export --format jsonl --store store} writes it. */
    private String citedByExport(Path plan, Path store) throws Exception {
        Path out = dir.resolve("export-" + store.getFileName() + ".jsonl");
        int exit = new CommandLine(new LoaderCli()).execute("export", "--format", "jsonl", "--out", out.toString(),
                "--store", store.toString(), plan.toString());
        assertEquals(0, exit);
        JsonNode document = JsonMapper.builder().build().readTree(Files.readAllLines(out).getFirst());
        assertEquals("Document", document.get("type").asString());
        for (JsonNode ref : document.get("references")) {
            if ("based_on".equals(ref.get("relation").asString())) return ref.get("target").asString();
        }
        throw new AssertionError("no basis exported: " + document);
    }

    /** The document the plan's basis statement cites once {@code load} has put the plan into {@code store}. */
    private static String citedByLoad(Path plan, Path store) throws Exception {
        try (GraphStore graphs = GraphStore.open(store)) {
            new Loader(line -> { }).load(graphs, List.of(plan));
            String graph = Iris.graph(plan.getFileName().toString());
            String query = "SELECT ?cited WHERE { GRAPH <" + graph + "> { ?c a <" + NQ.Citation.getURI() + "> ; <"
                    + NQ.citedDocument.getURI() + "> ?cited ; <" + NQ.relation.getURI() + "> ?r . "
                    + "FILTER(STRENDS(STR(?r), \"based_on\")) } }";
            String cited = Txn.calculateRead(graphs.dataset(), () -> {
                try (var qe = QueryExecutionFactory.create(query, graphs.dataset())) {
                    var rows = qe.execSelect();
                    return rows.hasNext() ? rows.next().getResource("cited").getURI() : null;
                }
            });
            assertNotNull(cited, "the load stored the basis");
            return cited;
        }
    }
}
