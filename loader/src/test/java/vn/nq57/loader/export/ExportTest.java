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

    @BeforeAll
    static void parse() throws Exception {
        Loader.Run run = new Loader().parse(List.of(RealDocuments.sources()));
        records = RecordReader.read(ModelFactory.createModelForGraph(run.dataset().getUnionGraph()));
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
