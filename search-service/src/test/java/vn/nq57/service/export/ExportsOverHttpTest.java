package vn.nq57.service.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.nq57.service.RealDataServiceTest;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every download, opened as a user's spreadsheet program opens it (commons-csv, Apache POI), over HTTP on the real
 * documents: no row of a task, indicator or document lacks its document or level, nor its province where its area
 * lies in one; CSV starts with the UTF-8 byte order mark; XLSX cells are typed (dates as dates), the header is
 * frozen and filtered, and a sheet says what was asked for. Expected counts come from the SPARQL endpoint.
 */
class ExportsOverHttpTest extends RealDataServiceTest {
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The areas that are, or lie in, a province (from SPARQL): rows of these areas must name the province. */
    private Set<String> inAProvince;
    private static final Set<String> PARTS_AND_DOCUMENTS = Set.of("Task", "Indicator", "Document");

    // --- search results

    @Test
    void searchCsvRowsAllHaveTheirDocumentProvinceAndLevel() throws Exception {
        List<Map<String, String>> rows = csv(get("/api/search?q=ATTT&level=commune&format=csv"));
        assertFalse(rows.isEmpty());
        assertComplete(rows, "search ATTT commune (CSV)");
        // The 130/KH-UBND appendix's tasks, empty before, name their plan.
        String plan130 = single("SELECT ?d WHERE { ?d eli:number \"130/KH-UBND\" }");
        List<String> appendixTasks = ids("SELECT ?d WHERE { ?d a nq:Task ; nq:inDocument/eli:is_part_of <" + plan130 + "> }");
        if (!appendixTasks.isEmpty()) {
            List<Map<String, String>> inAppendix = csv(get("/api/search?format=csv&type=Task&document="
                    + encode(sparqlSelect("SELECT ?d WHERE { ?d eli:is_part_of <" + plan130 + "> }").getFirst().getResource("d").getURI())));
            assertEquals(appendixTasks.size(), inAppendix.size());
            String planArea = single("SELECT ?d WHERE { <" + plan130 + "> nq:area ?d }");
            for (Map<String, String> row : inAppendix) {
                assertTrue(row.get("document").startsWith("130/KH-UBND"), row.toString());
                assertEquals(planArea, row.get("areaId"), "the appendix's rows are in its plan's area: " + row);
                assertEquals(plan130, row.get("planId"));
                assertFalse(row.get("level").isEmpty(), row.toString());
            }
            assertComplete(inAppendix, "the 130/KH-UBND appendix");
        }
    }

    /**
     * A draft (a document without a number) is named in downloads as the pages name it, by kind and issuer then
     * "(chưa có số)" ("Kế hoạch, UBND xã Tân Lợi (chưa có số)"), never by its IRI: the document column of its rows, and
     * the sheet describing a lineage download from it.
     */
    @Test
    void aDraftIsNamedByKindAndIssuerAsThePagesNameIt() throws Exception {
        List<org.apache.jena.query.QuerySolution> drafts = sparqlSelect("SELECT ?d ?issuer ?c WHERE { ?d a nq:PolicyDocument ; "
                + "nq:sourceFile ?f ; nq:issuerName ?issuer ; a ?c FILTER(?c != nq:PolicyDocument) "
                + "FILTER NOT EXISTS { ?d eli:number ?n } FILTER NOT EXISTS { ?d eli:is_part_of ?p } } ORDER BY ?d");
        assertFalse(drafts.isEmpty(), "the sources hold drafts");
        var ontology = vn.nq57.ontology.Ontology.ontology();
        for (var draft : drafts) {
            String iri = draft.getResource("d").getURI();
            String kind = ontology.listObjectsOfProperty(ontology.createResource(draft.getResource("c").getURI()),
                    org.apache.jena.vocabulary.RDFS.label).toList().stream().map(o -> o.asLiteral())
                    .filter(l -> l.getLanguage().equals("vi")).map(l -> l.getString()).findFirst().orElseThrow();
            String expected = Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + ", "
                    + draft.getLiteral("issuer").getString() + " (chưa có số)";
            List<Map<String, String>> rows = csv(get("/api/search?format=csv&document=" + encode(iri)));
            assertFalse(rows.isEmpty(), iri);
            for (Map<String, String> row : rows) {
                assertEquals(expected, row.get("document"), row.toString());
                assertFalse(row.get("name").contains("w3id.org"), row.toString());
            }
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                    get("/api/lineage/down?format=xlsx&id=" + encode(iri)).body()))) {
                Map<String, String> described = new HashMap<>();
                for (Row row : book.getSheet(ExportBook.ABOUT_SHEET)) described.put(text(row.getCell(0)), text(row.getCell(1)));
                assertEquals(expected, described.get("văn bản gốc"), described.toString());
            }
        }
    }

    @Test
    void searchXlsxIsTypedFrozenFilteredAndDescribesTheQuery() throws Exception {
        byte[] body = get("/api/search?q=" + encode("chuyển đổi số") + "&format=xlsx").body();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            XSSFSheet results = book.getSheetAt(0);
            assertComplete(rows(results), "search chuyển đổi số (XLSX)");
            assertFrozenAndFiltered(results);
            int start = column(results, "deadlineStart"), completed = column(results, "completed"),
                    link = column(results, "link");
            int dates = 0;
            for (int r = 1; r <= results.getLastRowNum(); r++) {
                Cell date = results.getRow(r).getCell(start);
                if (date != null) {
                    assertEquals(CellType.NUMERIC, date.getCellType(), "a deadline is a date cell");
                    assertTrue(DateUtil.isCellDateFormatted(date));
                    dates++;
                }
                Cell done = results.getRow(r).getCell(completed);
                if (done != null) assertEquals(CellType.BOOLEAN, done.getCellType());
                Cell href = results.getRow(r).getCell(link);
                assertNotNull(href.getHyperlink(), "a link back on every row");
                assertTrue(href.getHyperlink().getAddress().startsWith("http://localhost:" + port + "/entity.html?id="));
            }
            assertTrue(dates > 0, "some results have a deadline");
            XSSFSheet about = book.getSheet(ExportBook.ABOUT_SHEET);
            assertNotNull(about, "a sheet describing the query");
            Map<String, String> described = new HashMap<>();
            for (Row row : about) described.put(text(row.getCell(0)), text(row.getCell(1)));
            assertEquals("chuyển đổi số", described.get("từ khóa (q)"));
            assertEquals(Integer.toString(results.getLastRowNum()), described.get("số dòng"));
        }
    }

    @Test
    void csvIsRfc4180Utf8WithAByteOrderMark() throws Exception {
        byte[] body = get("/api/search?q=ATTT&format=csv").body();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3), "UTF-8 BOM for Excel");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"), "RFC 4180 ends records with CRLF");
        assertTrue(text.startsWith(String.join(",", EntityRows.COLUMNS.subList(0, 4))), text.substring(0, 80));
    }

    // --- header row and codes in people's words

    /**
     * Policy staff open the downloads in Excel: without a headers= parameter the header row is Vietnamese (English
     * when Accept-Language prefers it), and a row's type and level are words ("Nhiệm vụ", "Xã"); headers=keys gives
     * the stable keys and codes programs read; any other value is a 400 naming the parameter.
     */
    @Test
    void downloadsNameTheirColumnsInVietnameseByDefaultEnglishOnRequestAndKeysForPrograms() throws Exception {
        String query = "/api/search?q=ATTT&level=commune&type=Task&format=csv";
        List<String> keys = header(getAsPerson(query + "&headers=keys", null));
        assertEquals(EntityRows.COLUMNS, keys.subList(0, EntityRows.COLUMNS.size()));
        List<String> vi = header(getAsPerson(query, null));
        assertEquals(vi, header(getAsPerson(query, "vi-VN,vi;q=0.9,en;q=0.8")));
        assertEquals(vi, header(getAsPerson(query + "&headers=vi", "en")), "headers= wins over Accept-Language");
        List<String> en = header(getAsPerson(query, "en-US,en;q=0.9"));
        assertEquals(keys.size(), vi.size());
        assertTrue(vi.containsAll(List.of("Loại", "Tên, nội dung", "Văn bản", "Cơ quan ban hành", "Địa bàn", "Cấp",
                "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn (nguyên văn)", "Đã hoàn thành", "Liên kết")), vi.toString());
        assertTrue(en.containsAll(List.of("Type", "Name", "Document", "Issuer", "Lead units", "Deadline (as written)")),
                en.toString());
        for (String key : keys) assertFalse(vi.contains(key), "no English key in the Vietnamese header row: " + key);
        List<Map<String, String>> rows = csv(getAsPerson(query, null));
        assertFalse(rows.isEmpty());
        for (Map<String, String> row : rows) {
            assertEquals("Nhiệm vụ", row.get("Loại"), row.toString());
            assertEquals("Xã", row.get("Cấp"), row.toString());
        }
        for (Map<String, String> row : csv(getAsPerson(query, "en"))) assertEquals("Commune", row.get("Level"));
        HttpResponse<byte[]> bad = getAsPerson(query + "&headers=fr", null);
        assertEquals(400, bad.statusCode());
        assertTrue(new String(bad.body(), StandardCharsets.UTF_8).contains("\"parameter\":\"headers\""));

        // XLSX of a whole document: every sheet's header row in Vietnamese, as Excel shows it
        String plan = single("SELECT ?d WHERE { ?d eli:number \"130/KH-UBND\" }");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                getAsPerson("/api/entities/export?format=xlsx&id=" + encode(plan), null).body()))) {
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                XSSFSheet sheet = book.getSheetAt(s);
                if (sheet.getSheetName().equals(ExportBook.ABOUT_SHEET)) continue;
                assertEquals("Định danh (IRI)", sheet.getRow(0).getCell(0).getStringCellValue(), sheet.getSheetName());
                assertEquals("Đơn vị chủ trì", sheet.getRow(0).getCell(column(sheet, "Đơn vị chủ trì")).getStringCellValue());
            }
        }
        // lineage down too
        String top = single("SELECT ?d WHERE { ?d eli:number \"57-NQ/TW\" }");
        assertEquals("Định danh (IRI)", header(getAsPerson("/api/lineage/down?type=Task&format=csv&id=" + encode(top), null)).getFirst());
    }

    /**
     * An area a document leaves unnamed is the loader's placeholder "(chưa rõ xã)" in a Vietnamese download and
     * "(commune not named)" in an English one, never the English in a Vietnamese file.
     */
    @Test
    void anUnnamedAreaIsSaidInTheDownloadsLanguage() throws Exception {
        List<org.apache.jena.query.QuerySolution> unnamed = sparqlSelect("SELECT DISTINCT ?d ?label WHERE { ?d a nq:PolicyDocument ; "
                + "nq:sourceFile ?f ; nq:area ?a . ?a rdfs:label ?label FILTER(STRSTARTS(STR(?label), \"(chưa rõ\")) } ORDER BY ?d");
        assertFalse(unnamed.isEmpty(), "the sources hold a plan that leaves its area unnamed (130/KH-UBND's commune)");
        String doc = unnamed.getFirst().getResource("d").getURI();
        String label = unnamed.getFirst().getLiteral("label").getString();
        String query = "/api/search?format=csv&document=" + encode(doc);
        List<Map<String, String>> vi = csv(getAsPerson(query, null));
        assertFalse(vi.isEmpty());
        for (Map<String, String> row : vi) assertEquals(label, row.get("Địa bàn"), row.toString());
        String level = label.replaceAll("^\\(chưa rõ (.*)\\)$", "$1");
        String english = Map.of("xã", "(commune not named)", "tỉnh", "(province not named)", "huyện", "(district not named)",
                "bộ, ngành", "(ministry not named)", "cơ quan trung ương", "(central body not named)", "địa bàn", "(area not named)").get(level);
        for (Map<String, String> row : csv(getAsPerson(query, "en"))) assertEquals(english, row.get("Area"), row.toString());
    }

    private static List<String> header(HttpResponse<byte[]> response) throws Exception {
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        byte[] body = response.body();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8))) {
            return parser.getHeaderNames();
        }
    }

    // --- lineage lists

    @Test
    void lineageDownloadRowsAllHaveTheirDocumentProvinceAndLevel() throws Exception {
        String top = single("SELECT ?d WHERE { ?d eli:number \"57-NQ/TW\" }");
        String query = "/api/lineage/down?type=Task&id=" + encode(top);
        List<Map<String, String>> rows = csv(get(query + "&format=csv"));
        // lineage down lists the root's own tasks too (57-NQ/TW has tasks of its own), then every derived document's
        int total = count("?t a nq:Task ; nq:inDocument ?d . ?d nq:derivesFrom* <" + top + ">");
        assertEquals(total, rows.size(), "every task of 57-NQ/TW and of every document deriving from it");
        assertComplete(rows, "lineage down 57-NQ/TW (CSV)");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(get(query + "&format=xlsx").body()))) {
            assertEquals(total, book.getSheetAt(0).getLastRowNum());
            assertComplete(rows(book.getSheetAt(0)), "lineage down 57-NQ/TW (XLSX)");
            assertFrozenAndFiltered(book.getSheetAt(0));
        }
    }

    // --- whole documents

    @Test
    void wholeDocumentXlsxHasASheetPerSectionIndicatorsAndReferences() throws Exception {
        String plan = single("SELECT ?d WHERE { ?d eli:number \"130/KH-UBND\" }");
        HttpResponse<byte[]> response = get("/api/entities/export?format=xlsx&id=" + encode(plan));
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        assertEquals(XLSX, response.headers().firstValue("Content-Type").orElseThrow());
        String whole = "{ ?t nq:inDocument <" + plan + "> } UNION { ?t nq:inDocument/eli:is_part_of <" + plan + "> }";
        int tasks = count("?t a nq:Task . " + whole);
        int indicators = count("?t a nq:Indicator . " + whole);
        int sections = count("?t a nq:Task . " + whole + " ?t nq:inSection ?s", "?s");
        int cited = count("?c nq:citingDocument ?x ; nq:citedDocument ?t . FILTER(?x = <" + plan
                + "> || EXISTS { ?x eli:is_part_of <" + plan + "> })", "?c");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertEquals(DocumentExport.DOCUMENT_SHEET, book.getSheetName(0));
            assertNotNull(book.getSheet(DocumentExport.INDICATOR_SHEET));
            assertNotNull(book.getSheet(DocumentExport.REFERENCE_SHEET));
            assertNotNull(book.getSheet(ExportBook.ABOUT_SHEET));
            int taskRows = 0, sectionSheets = 0;
            for (int s = 1; s < book.getNumberOfSheets(); s++) {
                XSSFSheet sheet = book.getSheetAt(s);
                if (sheet.getSheetName().equals(ExportBook.ABOUT_SHEET)) continue;
                List<Map<String, String>> rows = rows(sheet);
                assertComplete(rows, "whole 130/KH-UBND, sheet " + sheet.getSheetName());
                assertFrozenAndFiltered(sheet);
                if (sheet.getSheetName().equals(DocumentExport.INDICATOR_SHEET)) {
                    assertEquals(indicators, rows.size());
                } else if (sheet.getSheetName().equals(DocumentExport.REFERENCE_SHEET)) {
                    assertEquals(cited, rows.size(), "one row per quoted citation");
                } else {
                    sectionSheets++;
                    taskRows += rows.size();
                    for (Map<String, String> row : rows) assertEquals("Task", row.get("type"));
                    Set<String> inSheet = rows.stream().map(r -> r.get("section")).collect(Collectors.toSet());
                    assertEquals(1, inSheet.size(), "one section per sheet: " + inSheet);
                }
            }
            assertEquals(tasks, taskRows, "every task of the plan and its appendix, once");
            assertTrue(sectionSheets >= Math.max(1, sections), sectionSheets + " sheets for " + sections + " sections");
        }
        List<Map<String, String>> csv = csv(get("/api/entities/export?format=csv&id=" + encode(plan)));
        assertEquals(1 + count("?t eli:is_part_of <" + plan + ">") + tasks + indicators + cited, csv.size());
        assertComplete(csv, "whole 130/KH-UBND (CSV)");

        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(new String(get("/api/entities/export?format=jsonld&id=" + encode(plan)).body(),
                StandardCharsets.UTF_8), Lang.JSONLD).parse(model);
        assertTrue(model.containsResource(model.createResource(plan)));
        // Each row's document, area and province are described too: the JSON-LD holds what the sheets show.
        for (Map<String, String> row : csv)
            for (String column : List.of("id", "documentId", "areaId", "provinceId"))
                if (!row.get(column).isEmpty())
                    assertTrue(model.listStatements(model.createResource(row.get(column)), null, (org.apache.jena.rdf.model.RDFNode) null)
                            .hasNext(), column + " " + row.get(column) + " described");
    }

    @Test
    void wholeDocumentExportRefusesWhatIsNotADocument() throws Exception {
        assertEquals(400, get("/api/entities/export").statusCode());
        assertEquals(404, get("/api/entities/export?id=" + encode("https://w3id.org/nq57/id/doc/nowhere")).statusCode());
        String task = ids("SELECT ?d WHERE { ?d a nq:Task } LIMIT 1").getFirst();
        assertEquals(400, get("/api/entities/export?id=" + encode(task)).statusCode(), "a task is not a document");
        String plan = single("SELECT ?d WHERE { ?d eli:number \"130/KH-UBND\" }");
        assertEquals(400, get("/api/entities/export?format=pdf&id=" + encode(plan)).statusCode());
    }

    // --- checks

    /**
     * No task, indicator or document row lacks its document or level, nor its province where its area lies in one
     * (a commune plan that does not name its commune, as 130/KH-UBND, has none to give).
     */
    private void assertComplete(List<Map<String, String>> rows, String what) throws Exception {
        if (inAProvince == null)
            inAProvince = new HashSet<>(ids("SELECT DISTINCT ?d WHERE { ?d nq:parentArea* ?p . ?p nq:level nq:province }"));
        for (Map<String, String> row : rows) {
            if (!PARTS_AND_DOCUMENTS.contains(row.get("type"))) continue;
            assertFalse(row.get("document").isBlank(), what + ": no document in " + row);
            assertFalse(row.get("document").startsWith("/"), what + ": a draft named by its raw number in " + row);
            assertFalse(row.get("link").isBlank(), what + ": no link in " + row);
            // A document only cited (a reference) has the level and province the graph knows, maybe none.
            if (DocumentExport.REFERENCE_SHEET.equals(row.get(ExportBook.SHEET_COLUMN))
                    || what.endsWith(DocumentExport.REFERENCE_SHEET)) continue;
            // A document only cited (no file of ours) has the level its number tells, or none.
            if (!row.get("documentFile").isBlank())
                assertFalse(row.get("level").isBlank(), what + ": no level in " + row);
            if (!row.get("documentFile").isBlank()) assertFalse(row.get("areaId").isBlank(), what + ": no area in " + row);
            assertEquals(inAProvince.contains(row.get("areaId")), !row.get("province").isBlank(),
                    what + ": a province exactly where the area lies in one: " + row);
        }
    }

    private static void assertFrozenAndFiltered(XSSFSheet sheet) {
        assertNotNull(sheet.getPaneInformation(), sheet.getSheetName() + ": header frozen");
        assertTrue(sheet.getPaneInformation().isFreezePane());
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
        assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), sheet.getSheetName() + ": auto-filter");
        assertTrue(sheet.getColumnWidth(0) > 6 * 256 - 1, "column widths set");
    }

    private static List<Map<String, String>> rows(XSSFSheet sheet) {
        Row header = sheet.getRow(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++)
                values.put(header.getCell(c).getStringCellValue(), row == null ? "" : text(row.getCell(c)));
            rows.add(values);
        }
        return rows;
    }

    private static int column(XSSFSheet sheet, String name) {
        Row header = sheet.getRow(0);
        for (int c = 0; c < header.getLastCellNum(); c++)
            if (header.getCell(c).getStringCellValue().equals(name)) return c;
        throw new AssertionError("no column " + name);
    }

    private static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    private static List<Map<String, String>> csv(HttpResponse<byte[]> response) throws Exception {
        assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        byte[] body = response.body();
        assertEquals((byte) 0xEF, body[0], "UTF-8 byte order mark");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get()
                .parse(new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8))) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : parser.getRecords()) rows.add(r.toMap());
            return rows;
        }
    }

    /** A download with the stable column keys ({@code headers=keys}), which the checks of this class read. */
    private HttpResponse<byte[]> get(String pathAndQuery) throws Exception {
        String keyed = pathAndQuery.contains("headers=") || !pathAndQuery.contains("?") ? pathAndQuery
                : pathAndQuery + "&headers=keys";
        return http.send(HttpRequest.newBuilder(uri(keyed)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A download as a person's client asks for it: no headers= parameter, this Accept-Language (null: none). */
    private HttpResponse<byte[]> getAsPerson(String pathAndQuery, String acceptLanguage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (acceptLanguage != null) request.header("Accept-Language", acceptLanguage);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private List<String> ids(String query) throws Exception {
        return sparqlSelect(query).stream().map(s -> s.getResource("d").getURI()).toList();
    }

    private String single(String query) throws Exception {
        List<String> found = new ArrayList<>(new HashSet<>(ids(query)));
        assertEquals(1, found.size(), query);
        return found.getFirst();
    }

    private int count(String where) throws Exception {
        return count(where, "?t");
    }

    private int count(String where, String variable) throws Exception {
        return sparqlSelect("SELECT (COUNT(DISTINCT " + variable + ") AS ?n) WHERE { " + where + " }")
                .getFirst().getLiteral("n").getInt();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
