package vn.nq57.loader.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.loader.Loader;
import vn.nq57.loader.RealDocuments;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** JSON Lines and CSV exports of the real documents carry every field a user of the export relies on. */
class ExportTest {
    static List<ExportRecord> records;
    static List<DocumentRecord> documents;
    static Loader.Run run;

    @BeforeAll
    static void parse() throws Exception {
        run = new Loader().parse(List.of(RealDocuments.sources()));
        var union = ModelFactory.createModelForGraph(run.dataset().getUnionGraph());
        records = RecordReader.read(union);
        documents = RecordReader.documents(union);
    }

    @Test
    void oneDocumentRecordPerSourceFileBeforeTheTasks() throws Exception {
        StringWriter out = new StringWriter();
        JsonLinesWriter.write(documents, records, out);
        List<String> lines = out.toString().lines().toList();
        assertEquals(documents.size() + records.size(), lines.size());
        var json = JsonMapper.builder().build();
        assertEquals(run.documents().stream().map(d -> d.source().fileName()).distinct().count(),
                documents.stream().map(DocumentRecord::file).distinct().count(), "every source file has its Document record");
        for (int i = 0; i < documents.size(); i++) {
            JsonNode o = json.readTree(lines.get(i));
            assertEquals("Document", o.get("type").asString());
            for (String field : List.of("id", "file", "number", "kind", "date", "issuer", "area", "title", "draft", "references"))
                assertTrue(o.has(field), field + " missing in " + lines.get(i));
            for (JsonNode r : o.get("references")) {
                for (String field : List.of("number", "kind", "issuer", "date", "relation", "target", "quote", "line"))
                    assertTrue(r.has(field), field + " missing in a reference of " + o.get("file"));
                assertTrue(List.of("based_on", "applies", "cites", "replaces", "amends").contains(r.get("relation").asString()));
                assertTrue(r.get("line").asInt() >= 1);
            }
        }
        assertEquals("Task", json.readTree(lines.get(documents.size())).get("type").asString().replace("Indicator", "Task"));
    }

    @Test
    void theTanLoiDraftIsExportedAsTheTextPrintsIt() {
        DocumentRecord d = documents.stream().filter(r -> r.file().startsWith("001")).findFirst().orElseThrow();
        assertNull(d.number(), "a blank draft number is null");
        assertTrue(d.draft());
        assertEquals("KH", d.kind());
        assertEquals("2026-03", d.date(), "\"ngày   tháng 3 năm 2026\": the month is kept");
        assertEquals("UBND xã Tân Lợi", d.issuer());
        assertEquals("commune", d.area().level());
        assertTrue(d.area().province().contains("Đồng Nai"), d.area().toString());
        var p92 = d.references().stream().filter(r -> "92/KH-UBND".equals(r.number()) && r.from() == null
                && r.relation().equals("based_on")).toList();
        assertEquals(1, p92.size(), d.references().toString());
        assertTrue(p92.getFirst().quote().startsWith("Căn cứ Kế hoạch số 92/KH-UBND"));
        assertEquals(11, p92.getFirst().line());
        assertTrue(d.references().stream().anyMatch(r -> "71/NQ-CP".equals(r.number()) && r.from() != null
                && r.from().endsWith("/92-kh-ubnd") && "applies".equals(r.relation())), "what 92/KH-UBND applies, said by this file");
    }

    @Test
    void oneLinePerTaskAndIndicatorWithTheAgreedFields() throws Exception {
        StringWriter out = new StringWriter();
        JsonLinesWriter.write(records, out);
        List<String> lines = out.toString().lines().toList();
        assertEquals(records.size(), lines.size());
        var json = JsonMapper.builder().build();
        long tasks = 0, indicators = 0;
        for (String line : lines) {
            JsonNode o = json.readTree(line);
            for (String field : List.of("type", "id", "document", "section", "no", "name", "lead", "coordinating",
                    "result", "source")) {
                assertTrue(o.has(field), field + " missing in " + line);
            }
            assertTrue(o.get("source").get("lineStart").asInt() >= 1, line);
            assertNotNull(o.get("document").get("file").asString(), line);
            if (o.get("type").asString().equals("Task")) {
                tasks++;
                assertTrue(o.get("deadline").has("raw") && o.get("deadline").has("kind"), line);
                assertTrue(o.get("completed").isBoolean(), line);
            } else {
                indicators++;
                assertTrue(o.get("target").has("raw") && o.get("target").has("comparator"), line);
            }
        }
        assertTrue(tasks > 200 && indicators > 80, tasks + " tasks, " + indicators + " indicators");
    }

    @Test
    void aFootnotedCompletionIsExported() {
        assertTrue(records.stream().anyMatch(r -> Boolean.TRUE.equals(r.completed())
                && r.document().file().startsWith("000")), "000 marks tasks done in footnotes");
    }

    @Test
    void aQuarterDeadlineHasItsInterval() {
        ExportRecord q = records.stream()
                .filter(r -> r.deadline() != null && "deadlineQuarter".equals(r.deadline().kind()))
                .findFirst().orElseThrow();
        assertNotNull(q.deadline().start());
        assertNotNull(q.deadline().end());
        assertTrue(q.deadline().start().compareTo(q.deadline().end()) < 0, q.deadline().toString());
    }

    @Test
    void aRangeTargetKeepsBothEnds() {
        ExportRecord range = records.stream()
                .filter(r -> r.target() != null && "range".equals(r.target().comparator()))
                .findFirst().orElseThrow(() -> new AssertionError("no range target (\"66% đến 70%\") exported"));
        assertNotNull(range.target().value());
        assertNotNull(range.target().max());
        assertTrue(Double.parseDouble(range.target().value()) < Double.parseDouble(range.target().max()));
    }

    @Test
    void csvHasOneRowPerRecordAndKeepsVietnameseVerbatim() throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter.write(records, out);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertEquals(records.size(), rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.get("name").contains("chuyển đổi số")));
    }
}
