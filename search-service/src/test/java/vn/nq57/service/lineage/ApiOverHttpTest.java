package vn.nq57.service.lineage;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.service.RealDataServiceTest;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The entity, lineage, statistics and export APIs over HTTP on the real documents. Expected answers come from
 * the SPARQL endpoint, independently of the code under test.
 */
class ApiOverHttpTest extends RealDataServiceTest {
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final String DONG_NAI_92 = """
            SELECT ?d WHERE { ?d eli:number "92/KH-UBND" ; nq:area/rdfs:label ?a . FILTER(CONTAINS(?a, "Đồng Nai")) }""";
    private static final String TAN_LOI_TASK = """
            SELECT ?d WHERE { ?d a nq:Task ; nq:position ?p ; nq:inDocument/nq:area/rdfs:label ?a .
              FILTER(CONTAINS(?a, "Tân Lợi")) } ORDER BY ?p LIMIT 1""";

    // --- entities

    @Test
    void aTaskPageHasItsVerbatimSourceLines() throws Exception {
        String task = single(TAN_LOI_TASK);
        HttpResponse<byte[]> response = get("/api/entities?id=" + encode(task), null);
        assertEquals(200, response.statusCode());
        JsonNode entity = json.readTree(response.body());
        assertEquals(task, entity.get("id").asString());
        assertEquals("Task", entity.get("type").asString());
        JsonNode source = entity.get("source");
        assertEquals("001_624e61ed64e861df.txt", source.get("file").asString());
        String verbatim = sparqlSelect("SELECT ?v WHERE { <" + task + "> nq:verbatim ?v }").getFirst().getLiteral("v").getString();
        assertEquals(verbatim, source.get("text").asString());
        assertTrue(source.get("lineStart").asInt() > 0);
        assertEquals("commune", entity.get("document").get("level").asString());
    }

    @Test
    void entityErrorsAreProblemsNamingTheParameter() throws Exception {
        assertProblem(get("/api/entities", null), 400, "id");
        assertProblem(get("/api/entities?id=92%2FKH-UBND", null), 400, "id");
        assertProblem(get("/api/entities?id=" + encode("https://w3id.org/nq57/id/doc/nowhere"), null), 404, "id");
        assertProblem(get("/api/lineage/up?id=" + encode("https://w3id.org/nq57/id/doc/nowhere"), null), 404, "id");
    }

    /**
     * A document whose number is left blank (a draft: "Số: /KH-UBND") has no number wherever it is shown: null in the
     * documents list, lineage and search results, no number field on its page, a facet label that is not the
     * printed blank. Which documents these are, and what they print, comes from SPARQL.
     */
    @Test
    void aDocumentWithoutANumberShowsNoNumberAnywhere() throws Exception {
        List<QuerySolution> drafts = sparqlSelect("""
                SELECT ?d ?raw ?issuer WHERE { ?d a nq:PolicyDocument ; nq:sourceFile ?f ; nq:numberRaw ?raw .
                  OPTIONAL { ?d nq:issuerName ?issuer } FILTER NOT EXISTS { ?d eli:number ?n } }""");
        assertFalse(drafts.isEmpty(), "the real documents include drafts with a blank number");
        JsonNode listed = json.readTree(get("/api/documents", null).body());
        JsonNode searched = json.readTree(get("/api/search?type=Document&size=100", null).body());
        for (QuerySolution draft : drafts) {
            String id = draft.getResource("d").getURI(), raw = draft.getLiteral("raw").getString();
            JsonNode entry = find(listed, "document", id);
            assertNotNull(entry, "listed: " + id);
            assertTrue(entry.get("number").isNull(), "documents list: " + entry);

            JsonNode root = json.readTree(get("/api/lineage/down?id=" + encode(id), null).body()).get("root");
            assertTrue(root.get("number").isNull(), "lineage: " + root);
            JsonNode from = json.readTree(get("/api/lineage/up?id=" + encode(id), null).body()).at("/paths/0/0/from");
            assertTrue(from.get("number").isNull(), "lineage up: " + from);

            JsonNode hit = find(searched.get("results"), "id", id);
            assertNotNull(hit, "searchable: " + id);
            assertTrue(hit.at("/document/number").isNull(), "search result: " + hit);
            // Filtered to the draft: its facet value is there however many documents the corpus holds (each counts 1,
            // so an unfiltered list's first values need not include it).
            JsonNode own = json.readTree(get("/api/search?type=Document&document=" + encode(id), null).body());
            JsonNode facet = find(own.at("/facets/document"), "value", id);
            assertNotNull(facet, "a facet value: " + id);
            assertFalse(facet.get("label").asString().contains(raw), "facet label: " + facet);
            if (draft.contains("issuer")) {
                assertTrue(facet.get("label").asString().startsWith(draft.getLiteral("issuer").getString()),
                        "a draft's facet is named by its issuer: " + facet);
            }

            JsonNode page = json.readTree(get("/api/entities?id=" + encode(id), null).body());
            for (JsonNode field : page.get("properties")) {
                assertFalse(field.get("key").asString().startsWith("number"), "entity page: " + field);
            }
        }
    }

    private static JsonNode find(JsonNode array, String key, String value) {
        for (JsonNode node : array) if (node.path(key).isString() && value.equals(node.path(key).asString())) return node;
        return null;
    }

    // --- lineage

    @Test
    void aTanLoiTaskGoesUpThroughDongNaisPlan92To57WithQuotes() throws Exception {
        String task = single(TAN_LOI_TASK), plan92 = single(DONG_NAI_92);
        JsonNode up = json.readTree(get("/api/lineage/up?id=" + encode(task), null).body());
        JsonNode through92 = null;
        for (JsonNode path : up.get("paths")) {
            boolean via92 = false;
            for (JsonNode edge : path) via92 |= edge.get("to").get("id").asString().equals(plan92);
            if (via92 && path.get(path.size() - 1).get("to").get("number").asString().equals("57-NQ/TW")) through92 = path;
        }
        assertNotNull(through92, "a path through 92/KH-UBND up to 57-NQ/TW: " + up.get("paths"));
        for (JsonNode edge : through92) {
            if (edge.get("to").get("id").asString().equals(plan92)) {
                assertTrue(edge.get("quote").asString().contains("92/KH-UBND"), edge.toString());
                assertTrue(edge.get("lineStart").asInt() > 0, edge.toString());
            }
        }
        Set<String> tops = new HashSet<>();
        up.get("tops").forEach(t -> tops.add(t.get("number").asString()));
        assertTrue(tops.contains("57-NQ/TW"), tops.toString());
    }

    @Test
    void lineageUpDownloadsOneRowPerStepWithItsQuote() throws Exception {
        String task = single(TAN_LOI_TASK);
        JsonNode up = json.readTree(get("/api/lineage/up?id=" + encode(task), null).body());
        int steps = 0;
        for (JsonNode path : up.get("paths")) steps += path.size();
        byte[] body = get("/api/lineage/up?format=csv&id=" + encode(task), null).body();
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8))) {
            records = parser.getRecords();
        }
        assertEquals(steps, records.size());
        assertTrue(records.stream().anyMatch(r -> r.get("toNumber").equals("57-NQ/TW") && !r.get("quote").isEmpty()));
        HttpResponse<byte[]> jsonld = get("/api/lineage/up?id=" + encode(task), "application/ld+json");
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(jsonld.body())).lang(Lang.JSONLD).parse(model);
        assertFalse(model.isEmpty());
    }

    @Test
    void communeTasksUnderDongNaisPlan92MatchTheGraph() throws Exception {
        String plan92 = single(DONG_NAI_92);
        int expected = sparqlSelect("SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a nq:Task ; nq:inDocument ?d . "
                + "?d nq:derivesFrom <" + plan92 + "> ; nq:level nq:commune }").getFirst().getLiteral("n").getInt();
        assertTrue(expected > 0);
        JsonNode down = json.readTree(get("/api/lineage/down?type=Task&level=commune&size=500&id=" + encode(plan92), null).body());
        assertEquals(expected, down.get("total").asInt());
        assertEquals(expected, down.get("results").size());
        assertEquals(expected, down.get("countsByLevel").get("commune").asInt());
        for (JsonNode r : down.get("results")) {
            assertEquals("Task", r.get("type").asString());
            assertEquals("commune", r.get("level").asString());
            assertFalse(r.get("document").get("file").asString().isEmpty());
        }
        assertEquals("92/KH-UBND", down.get("root").get("number").asString());
        assertProblem(get("/api/lineage/down?level=village&id=" + encode(plan92), null), 400, "level");
        assertProblem(get("/api/lineage/down?type=Unicorn&id=" + encode(plan92), null), 400, "type");
        assertProblem(get("/api/lineage/down?page=x&id=" + encode(plan92), null), 400, "page");
        assertProblem(get("/api/lineage/down?format=pdf&id=" + encode(plan92), null), 400, "format");
        assertProblem(get("/api/lineage/down", null), 400, "id");
    }

    /** A misspelt filter is refused on every API, not ignored: ignored, the answer would look filtered and not be. */
    @Test
    void anUnknownParameterIsA400OnEveryApi() throws Exception {
        String plan92 = encode(single(DONG_NAI_92));
        HttpResponse<byte[]> typo = get("/api/lineage/down?typ=Task&level=commune&id=" + plan92, null);
        assertProblem(typo, 400, "typ");
        String detail = json.readTree(typo.body()).get("detail").asString();
        assertTrue(detail.contains("it takes id, level, type, page, size, format"), detail);
        assertProblem(get("/api/lineage/up?foo=1&id=" + encode(single(TAN_LOI_TASK)), null), 400, "foo");
        assertProblem(get("/api/entities?lang=vi&id=" + plan92, null), 400, "lang");
        assertProblem(get("/api/suggest?q=chuy&sise=3", null), 400, "sise");
        assertProblem(get("/api/stats/overdue?pag=2", null), 400, "pag");
        HttpResponse<byte[]> none = get("/api/stats?provnce=x", null);
        assertProblem(none, 400, "provnce");
        assertTrue(json.readTree(none.body()).get("detail").asString().endsWith("it takes none"));
        HttpResponse<String> vi = http.send(HttpRequest.newBuilder(uri("/api/stats?provnce=x"))
                .header("Accept-Language", "vi").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("Tham số 'provnce' không được địa chỉ này nhận; địa chỉ này không nhận tham số nào",
                json.readTree(vi.body()).get("detail").asString());
        // what the addresses take is still taken
        assertEquals(200, get("/api/lineage/down?type=Task&level=commune&page=1&size=5&id=" + plan92, null).statusCode());
        assertEquals(200, get("/api/stats", null).statusCode());
        assertEquals(200, get("/api/suggest?q=chuy&size=3", null).statusCode());
    }

    // --- exports

    @Test
    void lineageDownloadsParseBack() throws Exception {
        String plan92 = single(DONG_NAI_92);
        // headers=keys: the stable column keys a program reads (by default the header row is Vietnamese)
        String query = "/api/lineage/down?type=Task&level=commune&headers=keys&id=" + encode(plan92);
        int total = json.readTree(get(query, null).body()).get("total").asInt();

        HttpResponse<byte[]> csv = get(query + "&format=csv", null);
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
        byte[] body = csv.body();
        assertEquals((byte) 0xEF, body[0], "UTF-8 byte order mark");
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8))) {
            records = parser.getRecords();
        }
        assertEquals(total, records.size(), "every result, not one page");
        assertTrue(records.stream().allMatch(r -> r.get("level").equals("commune") && !r.get("name").isEmpty()));

        HttpResponse<byte[]> xlsx = get(query, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(total, sheet.getLastRowNum());
            assertEquals("id", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(records.getFirst().get("name"), sheet.getRow(1).getCell(2).getStringCellValue());
        }

        HttpResponse<byte[]> jsonld = get(query + "&format=jsonld", null);
        assertTrue(jsonld.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(new String(jsonld.body(), StandardCharsets.UTF_8), Lang.JSONLD).parse(model);
        for (CSVRecord r : records) assertTrue(model.containsResource(model.createResource(r.get("id"))), r.get("id"));
    }

    // --- statistics

    @Test
    void statsCountWhatTheGraphHolds() throws Exception {
        JsonNode stats = json.readTree(get("/api/stats", null).body());
        assertEquals(count("?t a nq:Task"), stats.get("tasks").asInt());
        assertEquals(count("?t a nq:Indicator"), stats.get("indicators").asInt());
        assertEquals(count("?t nq:completed true"), stats.get("completed").asInt());
        LocalDate today = LocalDate.parse(stats.get("overdue").get("asOf").asString());
        assertTrue(Math.abs(today.toEpochDay() - LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toEpochDay()) <= 1);
        assertEquals(count("?t a nq:Task ; nq:deadline/nq:end ?e . FILTER(?e < \"" + today + "\"^^xsd:date) "
                + "FILTER NOT EXISTS { ?t nq:completed true }"), stats.get("overdue").get("count").asInt());
        int byLevel = 0;
        for (JsonNode level : stats.get("byLevel")) byLevel += level.get("tasks").asInt();
        assertEquals(stats.get("tasks").asInt(), byLevel);
    }

    // --- helpers

    private HttpResponse<byte[]> get(String pathAndQuery, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (accept != null) request.header("Accept", accept);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private void assertProblem(HttpResponse<byte[]> response, int status, String parameter) throws Exception {
        assertEquals(status, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertEquals(parameter, json.readTree(response.body()).get("parameter").asString());
    }

    private String single(String query) throws Exception {
        List<QuerySolution> rows = sparqlSelect(query);
        assertEquals(1, rows.size(), query);
        return rows.getFirst().getResource("d").getURI();
    }

    private int count(String where) throws Exception {
        return sparqlSelect("SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { " + where + " }").getFirst().getLiteral("n").getInt();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
