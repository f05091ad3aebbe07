package vn.nq57.service.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.tdb2.TDB2;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.ontology.NQ;
import vn.nq57.service.store.TestStores;
import vn.nq57.service.web.BadParameterException;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class TableExporterTest {
    private static final String TASK = "https://w3id.org/nq57/id/doc/ubnd-xa-a/2026/12-kh-ubnd/task/1";
    /** Text that breaks naive writers: Vietnamese letters, a comma, a quote, a line break, a number-like cell. */
    private static final ResultTable TABLE = ResultTable.builder("id", "name", "no", "note")
            .row(TASK, "Rà soát thủ tục hành chính để cắt giảm, đơn giản hóa", "1.2", "dòng một\n\"dòng\" hai")
            .row("https://w3id.org/nq57/id/doc/ubnd-xa-b/2025/40-kh-ubnd/task/1", "Xây dựng cơ sở dữ liệu đất đai", "01", null)
            .build();

    static TableExporter exporter;

    @BeforeAll
    static void store() {
        Dataset dataset = TestStores.open(TestStores.create(TestStores.TWO_PLANS));
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        exporter = new TableExporter(dataset);
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkAndParsesBack() throws Exception {
        ResponseEntity<byte[]> response = exporter.download(TABLE, ExportFormat.CSV, "kết quả");
        byte[] body = response.getBody();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3), "UTF-8 BOM for Excel");
        assertEquals("text/csv;charset=UTF-8", response.getHeaders().getContentType().toString());
        var reader = new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
            assertEquals(TABLE.columns(), parser.getHeaderNames());
            List<CSVRecord> records = parser.getRecords();
            assertEquals(2, records.size());
            assertEquals(TABLE.rows().getFirst(), records.getFirst().toMap());
            assertEquals("", records.get(1).get("note"));
        }
    }

    @Test
    void xlsxHoldsEveryCellAsText() throws Exception {
        byte[] body = exporter.download(TABLE, ExportFormat.XLSX, "kết quả").getBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum(), "header and two rows");
            Row header = sheet.getRow(0);
            for (int c = 0; c < TABLE.columns().size(); c++) assertEquals(TABLE.columns().get(c), header.getCell(c).getStringCellValue());
            Row first = sheet.getRow(1);
            assertEquals("Rà soát thủ tục hành chính để cắt giảm, đơn giản hóa", first.getCell(1).getStringCellValue());
            assertEquals(CellType.STRING, first.getCell(2).getCellType(), "\"1.2\" stays text, not a number");
            assertEquals("dòng một\n\"dòng\" hai", first.getCell(3).getStringCellValue());
            assertNull(sheet.getRow(2).getCell(3), "an empty value is an empty cell");
        }
    }

    @Test
    void jsonLdDescribesTheResultsIris() {
        byte[] body = exporter.download(TABLE, ExportFormat.JSONLD, "kết quả").getBody();
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(new String(body, StandardCharsets.UTF_8), Lang.JSONLD).parse(model);
        var task = ResourceFactory.createResource(TASK);
        assertTrue(model.contains(task, NQ.name, model.createLiteral("Rà soát thủ tục hành chính để cắt giảm, đơn giản hóa", "vi")),
                "the task's own triples are in its description");
        assertTrue(model.contains(task, org.apache.jena.vocabulary.RDF.type, NQ.Task));
        assertTrue(model.listSubjects().toList().stream().allMatch(s -> s.isAnon() || TABLE.ids().contains(s.getURI())),
                "only the results are described");
    }

    @Test
    void jsonIsTheListOfRows() {
        byte[] body = exporter.download(TABLE, ExportFormat.JSON, "x").getBody();
        List<Map<String, String>> rows = JsonMapper.builder().build().readValue(body, new TypeReference<>() {});
        assertEquals(TABLE.rows(), rows);
    }

    @Test
    void downloadsAreAttachmentsWithAnAsciiFileName() {
        ResponseEntity<byte[]> response = exporter.download(TABLE, ExportFormat.XLSX, "lineage-down 92/KH-UBND Đồng Nai");
        assertEquals("attachment; filename=\"lineage-down-92-KH-UBND-Dong-Nai.xlsx\"",
                response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION));
        assertEquals(ExportFormat.XLSX.mediaType(), response.getHeaders().getContentType().toString());
    }

    @Test
    void formatComesFromTheParameterThenTheAcceptHeader() {
        assertEquals(ExportFormat.CSV, ExportFormat.choose("CSV", "application/ld+json"));
        assertEquals(ExportFormat.JSONLD, ExportFormat.choose(null, "application/ld+json"));
        assertEquals(ExportFormat.XLSX, ExportFormat.choose("", ExportFormat.XLSX.mediaType()));
        assertEquals(ExportFormat.CSV, ExportFormat.choose(null, "text/csv;q=0.9, application/json;q=0.5"));
        assertEquals(ExportFormat.JSON, ExportFormat.choose(null, null));
        assertEquals(ExportFormat.JSON, ExportFormat.choose(null, "text/html,application/xhtml+xml,*/*;q=0.8"), "a browser gets JSON");
    }

    @Test
    void anUnknownFormatIsABadParameter() {
        BadParameterException e = assertThrows(BadParameterException.class, () -> ExportFormat.choose("pdf", null));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatusCode());
        assertEquals("format", e.getBody().getProperties().get("parameter"));
        BadParameterException notAcceptable = assertThrows(BadParameterException.class, () -> ExportFormat.choose(null, "image/png"));
        assertEquals(HttpStatus.NOT_ACCEPTABLE, notAcceptable.getStatusCode());
    }
}
