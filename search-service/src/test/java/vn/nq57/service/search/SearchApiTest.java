package vn.nq57.service.search;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nq57.service.RealDataServiceTest;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The search API, completions, indicator comparison and nq:search in SPARQL, over HTTP on the real documents. */
class SearchApiTest extends RealDataServiceTest {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    private HttpResponse<byte[]> get(String pathAndQuery, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (accept != null) request.header("Accept", accept);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private JsonNode getJson(String pathAndQuery) throws Exception {
        HttpResponse<byte[]> response = get(pathAndQuery, null);
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        return json.readTree(response.body());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void keywordSearchWithoutDiacriticsFindsHighlightedVietnameseTasks() throws Exception {
        JsonNode r = getJson("/api/search?q=" + enc("chuyen doi so") + "&type=Task");
        assertTrue(r.get("total").asLong() > 10);
        JsonNode first = r.get("results").get(0);
        assertEquals("Task", first.get("type").asString());
        assertTrue(first.get("snippet").asString().contains("<mark>"), first.get("snippet").asString());
        assertTrue(first.get("id").asString().startsWith("https://w3id.org/nq57/id/"));
        assertFalse(first.get("document").get("file").asString().isBlank(), "a task's document names its source file");
        assertTrue(first.get("score").asDouble() > 0);
        for (String facet : List.of("type", "level", "province", "issuer", "document", "unit", "deadlineYear",
                "deadlineQuarter", "completed")) {
            assertTrue(r.get("facets").has(facet), facet);
        }
    }

    /**
     * A result's document without a number (a draft) is named on the page by its kind and issuer: each result carries
     * its document's kind as the ontology labels it, the kind its heading states ("KẾ HOẠCH" → kế hoạch).
     */
    @Test
    void eachResultCarriesTheKindOfItsDocument() throws Exception {
        JsonNode r = getJson("/api/search?q=" + enc("chuyen doi so") + "&size=100");
        int drafts = 0;
        for (JsonNode result : r.get("results")) {
            JsonNode document = result.get("document");
            if (document == null || document.isNull()) continue;
            JsonNode kind = result.get("documentKind");
            String kindClass = document.get("kindClass").isNull() ? null : document.get("kindClass").asString();
            assertEquals(kindClass == null, kind == null || kind.isNull(), result.toString());
            if (kindClass == null) continue;
            assertTrue(kindClass.startsWith("https://w3id.org/nq57/ontology#"), kindClass);
            assertFalse(kind.get("vi").asString().isBlank(), kind.toString());
            if (document.get("number").isNull() && "001_624e61ed64e861df.txt".equals(document.get("file").asString())) {
                assertEquals("kế hoạch", kind.get("vi").asString(), "Tân Lợi's draft plan: " + result);
                assertEquals("plan", kind.get("en").asString());
                drafts++;
            }
        }
        assertTrue(drafts > 0, "Tân Lợi's draft plan has tasks about chuyển đổi số");
    }

    @Test
    void facetFilterGivesExactlyTheCountTheFacetPromised() throws Exception {
        JsonNode all = getJson("/api/search?q=" + enc("dich vu cong"));
        for (JsonNode level : all.get("facets").get("level")) {
            JsonNode filtered = getJson("/api/search?q=" + enc("dich vu cong") + "&level=" + level.get("value").asString());
            assertEquals(level.get("count").asLong(), filtered.get("total").asLong(), level.toString());
            for (JsonNode result : filtered.get("results")) {
                assertEquals(level.get("value").asString(), result.get("level").asString());
            }
        }
    }

    /**
     * A facet value's label is what people read, in the language asked for (Vietnamese by default, English when
     * Accept-Language prefers it), taken from the ontology's labels; its value stays the code a filter takes, and
     * filtering by it gives the count the facet promised. No label of a code-valued facet is its raw code.
     */
    @Test
    void facetValuesAreLabelledInTheRequestedLanguageAndKeepTheirCodes() throws Exception {
        String query = "/api/search?q=" + enc("chuyen doi so");
        JsonNode vi = getJson(query);
        JsonNode viAsked = facetsIn(query, "vi-VN,vi;q=0.9,en;q=0.5");
        JsonNode en = facetsIn(query, "en-GB,en;q=0.9,vi;q=0.3");
        assertEquals(vi.get("facets"), viAsked, "Vietnamese is the default");
        var ontology = vn.nq57.ontology.Ontology.ontology();
        java.util.function.BiFunction<String, String, String> label = (iri, lang) -> {
            String l = ontology.listObjectsOfProperty(ontology.createResource(iri), org.apache.jena.vocabulary.RDFS.label)
                    .toList().stream().map(o -> o.asLiteral()).filter(x -> x.getLanguage().equals(lang))
                    .map(x -> x.getString()).findFirst().orElseThrow();
            return Character.toUpperCase(l.charAt(0)) + l.substring(1);
        };
        String nq = "https://w3id.org/nq57/ontology#";
        java.util.Map<String, String> typeClass = java.util.Map.of("Task", nq + "Task", "Indicator", nq + "Indicator",
                "Document", nq + "PolicyDocument", "Unit", nq + "Unit");
        assertTrue(vi.get("facets").get("type").size() >= 2, vi.get("facets").toString());
        for (int i = 0; i < vi.get("facets").get("type").size(); i++) {
            JsonNode v = vi.get("facets").get("type").get(i), e = en.get("type").get(i);
            String code = v.get("value").asString();
            assertEquals(code, e.get("value").asString());
            assertEquals(label.apply(typeClass.get(code), "vi"), v.get("label").asString(), v.toString());
            assertEquals(label.apply(typeClass.get(code), "en"), e.get("label").asString(), e.toString());
        }
        assertTrue(vi.get("facets").get("level").size() >= 2, vi.get("facets").toString());
        for (int i = 0; i < vi.get("facets").get("level").size(); i++) {
            JsonNode v = vi.get("facets").get("level").get(i), e = en.get("level").get(i);
            String code = v.get("value").asString();
            assertEquals(label.apply(nq + code, "vi"), v.get("label").asString(), v.toString());
            assertEquals(label.apply(nq + code, "en"), e.get("label").asString(), e.toString());
            // the code still filters: the count the facet promised
            assertEquals(v.get("count").asLong(), getJson(query + "&level=" + code).get("total").asLong(), v.toString());
        }
        JsonNode commune = findValue(vi.get("facets").get("level"), "commune");
        assertEquals("Xã", commune.get("label").asString());
        assertEquals("Commune", findValue(en.get("level"), "commune").get("label").asString());
        assertEquals("Nhiệm vụ", findValue(vi.get("facets").get("type"), "Task").get("label").asString());
        for (JsonNode q : vi.get("facets").get("deadlineQuarter"))
            assertTrue(q.get("label").asString().matches("Quý (I|II|III|IV)/\\d{4}"), q.toString());
        for (JsonNode q : en.get("deadlineQuarter"))
            assertTrue(q.get("label").asString().matches("Q[1-4] \\d{4}"), q.toString());
        for (JsonNode c : vi.get("facets").get("completed"))
            assertEquals(c.get("value").asString().equals("true") ? "Đã hoàn thành" : "Chưa ghi nhận hoàn thành",
                    c.get("label").asString(), c.toString());
        for (JsonNode c : en.get("completed"))
            assertEquals(c.get("value").asString().equals("true") ? "Completed" : "Not recorded as completed",
                    c.get("label").asString(), c.toString());
        HttpRequest request = HttpRequest.newBuilder(uri(query)).header("Accept-Language", "en").GET().build();
        assertTrue(http.send(request, HttpResponse.BodyHandlers.discarding()).headers().allValues("Vary").stream()
                .anyMatch(v -> v.contains("Accept-Language")), "the answer varies with Accept-Language");
    }

    /** A province its documents leave unnamed is said in the language asked for, as the pages say it. */
    @Test
    void anUnnamedProvinceIsSaidInTheRequestedLanguage() throws Exception {
        JsonNode vi = getJson("/api/search");
        JsonNode en = facetsIn("/api/search", "en");
        for (int i = 0; i < vi.get("facets").get("province").size(); i++) {
            JsonNode v = vi.get("facets").get("province").get(i), e = en.get("province").get(i);
            assertEquals(v.get("value").asString(), e.get("value").asString());
            assertFalse(v.get("label").asString().contains("not named"), v.toString());
            if (v.get("label").asString().equals("(chưa rõ tỉnh)"))
                assertEquals("(province not named)", e.get("label").asString());
            else
                assertEquals(v.get("label").asString(), e.get("label").asString(), "a name is a name in both");
        }
    }

    private JsonNode facetsIn(String pathAndQuery, String acceptLanguage) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri(pathAndQuery))
                .header("Accept-Language", acceptLanguage).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return json.readTree(response.body()).get("facets");
    }

    private static JsonNode findValue(JsonNode values, String code) {
        for (JsonNode v : values) if (v.get("value").asString().equals(code)) return v;
        throw new AssertionError("no value " + code + " in " + values);
    }

    @Test
    void facetsCanBeLeftOutForACheaperRankedList() throws Exception {
        JsonNode full = getJson("/api/search?q=" + enc("chuyen doi so"));
        JsonNode lean = getJson("/api/search?q=" + enc("chuyen doi so") + "&facets=false");
        assertEquals(full.get("total").asLong(), lean.get("total").asLong());
        // Far fewer matches than the 10,000 past which a ranked list stops counting: both totals are exact.
        assertEquals("eq", full.get("totalRelation").asString());
        assertEquals("eq", lean.get("totalRelation").asString());
        assertEquals(full.get("results").get(0).get("id").asString(), lean.get("results").get(0).get("id").asString());
        assertTrue(lean.get("facets").isEmpty());
        assertEquals(400, get("/api/search?q=x&facets=perhaps", null).statusCode());
    }

    @Test
    void pagingWalksThroughAllResultsOnce() throws Exception {
        JsonNode p1 = getJson("/api/search?q=so&size=7&page=1");
        JsonNode p2 = getJson("/api/search?q=so&size=7&page=2");
        Set<String> ids = new HashSet<>();
        p1.get("results").forEach(r -> ids.add(r.get("id").asString()));
        p2.get("results").forEach(r -> assertTrue(ids.add(r.get("id").asString()), "page 2 repeats " + r));
        assertEquals(2, p2.get("page").asInt());
        assertEquals(p1.get("total").asLong(), p2.get("total").asLong());
    }

    @ParameterizedTest
    @CsvSource({
            "type=Foo, type",
            "level=village, level",
            "page=0, page",
            "size=1000, size",
            "deadlineFrom=tomorrow, deadlineFrom",
            "completed=maybe, completed",
            "format=pdf, format",
            "deadlineFrom=2026-Q3&deadlineTo=2026-Q1, deadlineTo"})
    void badParameterIsA400NamingIt(String query, String parameter) throws Exception {
        HttpResponse<byte[]> response = get("/api/search?q=x&" + query, null);
        assertEquals(400, response.statusCode());
        JsonNode problem = json.readTree(response.body());
        assertEquals(parameter, problem.get("parameter").asString());
        assertTrue(problem.get("detail").asString().contains(parameter), problem.toString());
    }

    /** A misspelt filter is refused, not ignored: ignored, the answer would look filtered and not be. */
    @Test
    void anUnknownParameterIsA400NamingItAndWhatTheAddressTakes() throws Exception {
        JsonNode all = getJson("/api/search?q=" + enc("chuyển đổi số"));
        HttpResponse<byte[]> response = get("/api/search?q=" + enc("chuyển đổi số") + "&provnce=" + enc("Quảng Ngãi"),
                null);
        assertEquals(400, response.statusCode());
        JsonNode problem = json.readTree(response.body());
        assertEquals("provnce", problem.get("parameter").asString());
        assertTrue(problem.get("detail").asString().contains("province"), "lists what it takes: " + problem);
        HttpResponse<String> vi = http.send(HttpRequest.newBuilder(uri("/api/search?q=x&provnce=y"))
                .header("Accept-Language", "vi").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, vi.statusCode());
        assertTrue(json.readTree(vi.body()).get("detail").asString().startsWith("Tham số 'provnce'"), vi.body());
        // every parameter the address documents is still taken, and the service goes on answering
        assertEquals(200, get("/api/search?q=x&type=Task&level=commune&page=1&size=5&facets=false&completed=false"
                + "&deadlineFrom=2026-Q1&deadlineTo=2026-Q4", null).statusCode());
        assertEquals(all.get("total").asLong(), getJson("/api/search?q=" + enc("chuyển đổi số")).get("total").asLong());
    }

    @Test
    void csvDownloadHoldsEveryResultWithItsVietnameseText() throws Exception {
        JsonNode r = getJson("/api/search?q=" + enc("an toàn thông tin") + "&size=1");
        HttpResponse<byte[]> csv = get("/api/search?q=" + enc("an toàn thông tin") + "&format=csv&headers=keys", null);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().contains("attachment"));
        String text = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> rows;
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text))) {
            rows = parser.getRecords();
        }
        assertEquals(r.get("total").asLong(), rows.size());
        assertTrue(rows.stream().anyMatch(row -> row.get("name").contains("an toàn thông tin")
                || row.get("name").contains("An toàn thông tin")));
    }

    @Test
    void xlsxAndJsonLdDownloadsParse() throws Exception {
        HttpResponse<byte[]> xlsx = get("/api/search?q=ATTT&format=xlsx&headers=keys", null);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("id", sheet.getRow(0).getCell(0).getStringCellValue());
            assertTrue(sheet.getLastRowNum() >= 1);
        }
        HttpResponse<byte[]> jsonld = get("/api/search?q=ATTT&type=Task", "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(jsonld.body())).lang(Lang.JSONLD).parse(model);
        assertFalse(model.isEmpty());
    }

    @Test
    void suggestionsCompleteWhatIsBeingTyped() throws Exception {
        JsonNode s = getJson("/api/suggest?q=" + enc("chuyen doi s") + "&size=5");
        assertTrue(s.size() > 0 && s.size() <= 5);
        for (JsonNode x : s) {
            assertTrue(x.get("text").asString().toLowerCase().contains("chuyển đổi s"), x.toString());
        }
    }

    @Test
    void indicatorsCompareAcrossDocuments() throws Exception {
        JsonNode r = getJson("/api/indicators/compare?q=" + enc("dich vu cong truc tuyen"));
        Set<String> documents = new HashSet<>();
        for (JsonNode row : r.get("indicators")) {
            documents.add(row.get("document").get("id").asString());
            assertTrue(row.has("target"));
        }
        assertTrue(documents.size() >= 2, "the same indicator in several plans: " + documents);
        assertEquals(400, get("/api/indicators/compare", null).statusCode());
    }

    @Test
    void sparqlMixesKeywordSearchAndGraphPatterns() {
        String query = """
                PREFIX nq: <https://w3id.org/nq57/ontology#>
                SELECT ?task ?score ?snippet ?unit WHERE {
                  (?task ?score ?snippet) nq:search ("chuyen doi so" 50 "Task") .
                  ?task nq:leadUnit/nq:canonicalName ?unit .
                } ORDER BY DESC(?score)""";
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecutionHTTP.service(uri("/sparql").toString()).query(query).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(rows::add);
        }
        assertFalse(rows.isEmpty());
        for (QuerySolution row : rows) {
            assertTrue(row.getResource("task").getURI().contains("/task/"));
            assertTrue(row.getLiteral("snippet").getString().contains("↦"), row.toString());
        }
        String bad = "PREFIX nq: <https://w3id.org/nq57/ontology#>\nSELECT * { ?t nq:search (\"x\" 0) }";
        HttpResponse<byte[]> refused = assertDoesNotThrow(() -> get("/sparql?query=" + enc(bad), null));
        assertTrue(refused.statusCode() >= 400 && refused.statusCode() < 500, "status " + refused.statusCode());
    }
}
