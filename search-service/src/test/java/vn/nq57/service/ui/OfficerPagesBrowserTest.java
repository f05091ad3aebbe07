package vn.nq57.service.ui;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages as an officer or auditor reads them, in headless Chromium over the real documents (issue 14): entity
 * pages in people's words (no {@code null}, no IRI as text, no ontology property name, Vietnamese dates), the
 * overdue card equal to its list, a lineage picture without overlaps, separate lists per type, guidance on empty and
 * failing pages, axe-core without serious violations, 390 px without sideways scrolling, print styles. Entities are
 * picked from the store with SPARQL, never by a fixed IRI, so the tests hold whatever documents are loaded.
 */
class OfficerPagesBrowserTest extends RealDataBrowserTest {
    private static final String NQ = "PREFIX nq: <https://w3id.org/nq57/ontology#>\nPREFIX eli: <http://data.europa.eu/eli/ontology#>\n";
    private static String axeSource;


    @BeforeAll
    static void loadAxe() throws IOException {
        try (InputStream in = OfficerPagesBrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ------------------------------------------------------------------------------------------------ entity pages

    @Test
    void everyKindOfEntityPageSpeaksInPeoplesWords() {
        Map<String, String> pages = samples();
        Set<String> propertyNames = propertyLocalNames();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            openEntity(page.getValue());
            String text = mainText();
            assertFalse(Pattern.compile("\\b(null|undefined|NaN)\\b").matcher(text).find(), page.getKey() + " shows null: " + text);
            for (String iriPart : List.of("w3id.org", "data.europa.eu", "www.w3.org", "purl.org", "schema.org/"))
                assertFalse(text.contains(iriPart), page.getKey() + " shows an IRI (" + iriPart + ") as text: " + text);
            for (String name : propertyNames) {
                Matcher m = Pattern.compile("(?<![\\p{L}_])" + Pattern.quote(name) + "(?![\\p{L}_])").matcher(text);
                assertFalse(m.find(), page.getKey() + " shows the ontology property name '" + name + "'");
            }
            assertFalse(Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{4}-Q[1-4]\\b").matcher(text).find(),
                    page.getKey() + " shows an ISO date or quarter: " + text);
            browser.findElements(By.cssSelector("#fields dt")).forEach(dt ->
                    assertFalse(dt.getText().isBlank(), page.getKey() + ": a field without a label"));
            assertEquals(1, browser.findElements(By.cssSelector("button.copy-link[data-copy]")).size(),
                    page.getKey() + ": the IRI is behind a copy-link button");
            HeadlessChromium.screenshot(browser, "entity-" + page.getKey());
        }
    }

    @Test
    void aTaskPageShowsDatesTheVietnameseWayAndItsPlace() {
        String task = first(NQ + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT ?t WHERE { ?t a nq:Task ; "
                + "nq:deadline/nq:end ?end ; nq:inDocument ?d . ?d nq:level nq:commune ; nq:area/rdfs:label ?area "
                + "FILTER(!STRSTARTS(?area, \"(\")) } ORDER BY ?t LIMIT 1");
        String end = first(NQ + "SELECT ?end WHERE { <" + task + "> nq:deadline/nq:end ?end }");
        openEntity(task);
        String expected = LocalDate.parse(end).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertTrue(text(By.id("fields")).contains(expected), "the deadline's end as " + expected + ": " + text(By.id("fields")));
        String place = text(By.id("place"));
        assertTrue(place.contains("Xã"), "the level is named: " + place);
        assertTrue(place.contains("xã "), "a commune task names its commune: " + place);
        assertFalse(browser.findElements(By.id("document-link")).isEmpty(), "a link to its document");
    }

    @Test
    void aTableRowInTheSourceIsShownAsARow() {
        String task = first(NQ + "SELECT ?t WHERE { ?t a nq:Task ; nq:verbatim ?v FILTER(CONTAINS(?v, \"\\t\")) } ORDER BY ?t LIMIT 1");
        String verbatim = first(NQ + "SELECT ?v WHERE { <" + task + "> nq:verbatim ?v }");
        openEntity(task);
        String firstLine = verbatim.lines().filter(l -> l.contains("\t")).findFirst().orElseThrow();
        List<String> cells = List.of(firstLine.split("\t", -1));
        List<WebElement> row = waitForAll(By.cssSelector("#source tbody tr")).get(0).findElements(By.cssSelector("td.cell"));
        assertEquals(cells.size(), row.size(), "one cell per tab-separated column");
        for (int i = 0; i < cells.size(); i++) assertEquals(cells.get(i).strip(), row.get(i).getText().strip(), "cell " + i + " verbatim");
    }

    @Test
    void aDocumentPageGroupsItsTasksAndIndicatorsBySectionWithItsUpAndDownstream() {
        String doc = first(NQ + "SELECT ?d (COUNT(?t) AS ?n) WHERE { ?t a nq:Task ; nq:inDocument ?d ; nq:inSection ?s . "
                + "?i a nq:Indicator ; nq:inDocument ?d } GROUP BY ?d ORDER BY DESC(?n) ?d LIMIT 1");
        int tasks = count(NQ + "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a nq:Task ; nq:inDocument <" + doc + "> }");
        int indicators = count(NQ + "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a nq:Indicator ; nq:inDocument <" + doc + "> }");
        openEntity(doc);
        waitForAll(By.cssSelector("#contents .section-group"));
        assertEquals(tasks, browser.findElements(By.cssSelector("#contents li[data-type=Task]")).size());
        assertEquals(indicators, browser.findElements(By.cssSelector("#contents li[data-type=Indicator]")).size());
        String counts = text(By.id("contents-counts"));
        assertTrue(counts.contains(tasks + " nhiệm vụ") && counts.contains(indicators + " chỉ tiêu"), counts);
        int above = count(NQ + "SELECT (COUNT(DISTINCT ?u) AS ?n) WHERE { VALUES ?p { eli:based_on eli:applies eli:is_part_of eli:amends } <" + doc + "> ?p ?u }");
        assertEquals(above, new TreeSet<>(browser.findElements(By.cssSelector("#document-above li a")).stream()
                .map(a -> a.getAttribute("href")).toList()).size(), "each upstream document listed");
        assertTrue(browser.findElement(By.id("document-below")).isDisplayed());
        HeadlessChromium.screenshot(browser, "entity-document");
    }

    @Test
    void anUnknownEntitySaysWhatToDoInVietnamese() {
        open("/entity.html?id=" + enc("https://w3id.org/nq57/id/doc/khong-co/2099/1-kh"));
        WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.status-error")));
        assertFalse(status.getText().contains("HTTP 404"), status.getText());
        assertTrue(status.findElement(By.className("error-hint")).getText().contains("Tìm kiếm"), status.getText());
        HeadlessChromium.screenshot(browser, "entity-unknown");
    }

    /**
     * The lineage of the root resolution (no basis above it) says it is where the chains start and shows what derives
     * from it, with its one node drawn; no "no path found", no console error (the picture of no path was drawn at NaN).
     */
    @Test
    void theRootResolutionsLineageSaysItIsTheOriginAndShowsWhatDerivesFromIt() {
        String root = first(NQ + "SELECT ?d WHERE { ?d eli:number \"57-NQ/TW\" ; nq:sourceFile ?f }");
        assumeTrue(count(NQ + "SELECT (COUNT(*) AS ?n) WHERE { VALUES ?p { eli:based_on eli:applies eli:is_part_of eli:amends } <"
                + root + "> ?p ?u }") == 0, "57-NQ/TW is based on nothing in this graph");
        int derived = count(NQ + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a nq:PolicyDocument ; nq:derivesFrom+ <" + root + "> }");
        HeadlessChromium.consoleErrors(browser);
        open("/lineage.html?id=" + enc(root));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "điểm khởi đầu"));
        String status = text(By.id("status"));
        assertTrue(status.startsWith("57-NQ/TW là điểm khởi đầu của chuỗi"), status);
        assertFalse(status.contains("Không tìm thấy"), status);
        assertTrue(text(By.id("entity-line")).contains("57-NQ/TW"), text(By.id("entity-line")));
        assertEquals(1, waitForAll(By.cssSelector("svg.lineage .node")).size(), "the root's own node");
        assertTrue(text(By.id("no-steps")).contains("văn bản gốc"), text(By.id("no-steps")));
        List<WebElement> below = waitForAll(By.cssSelector("#down-results li[data-type=Document]"));
        assertFalse(below.isEmpty(), "what derives from it is listed");
        assertTrue(text(By.id("down-total")).contains(derived + " văn bản"), text(By.id("down-total")) + " / " + derived);
        assertEquals(List.of(), HeadlessChromium.consoleErrors(browser), "console errors");
        HeadlessChromium.screenshot(browser, "lineage-root");
    }

    /**
     * A plan whose tasks are listed in its appendix (130/KH-UBND states none itself): its page counts and lists the
     * appendix's tasks as its own, saying they are in the appendix, and shows the appendix as its part, not as a
     * document below it; the documents page names the appendix by its plan's number.
     */
    @Test
    void aPlanWhoseTasksAreInItsAppendixHasThemAndItsAppendixIsItsPart() {
        String plan = first(NQ + "SELECT ?p (COUNT(?t) AS ?n) WHERE { ?a eli:is_part_of ?p . ?t a nq:Task ; nq:inDocument ?a } "
                + "GROUP BY ?p ORDER BY DESC(?n) ?p LIMIT 1");
        String appendix = first(NQ + "SELECT ?a WHERE { ?a eli:is_part_of <" + plan + "> } ORDER BY ?a LIMIT 1");
        int tasks = count(NQ + "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a nq:Task ; nq:inDocument ?d . "
                + "{ BIND(<" + plan + "> AS ?d) } UNION { ?d eli:is_part_of+ <" + plan + "> } }");
        int inAppendix = count(NQ + "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a nq:Task ; nq:inDocument/eli:is_part_of+ <" + plan + "> }");
        assertTrue(inAppendix > 0);
        openEntity(plan);
        waitForAll(By.cssSelector("#contents .section-group"));
        assertEquals(tasks, browser.findElements(By.cssSelector("#contents li[data-type=Task]")).size());
        String counts = text(By.id("contents-counts"));
        assertTrue(counts.contains(tasks + " nhiệm vụ") && counts.contains("trong phụ lục"), counts);
        assertFalse(browser.findElements(By.cssSelector("#contents .section-group[data-part] a")).isEmpty(),
                "the appendix's groups say which appendix they are in");
        for (WebElement link : browser.findElements(By.cssSelector("#document-below a")))
            assertFalse(link.getAttribute("href").contains(enc(appendix)), "its appendix is not a document below it");
        assertTrue(browser.findElements(By.cssSelector("#appendices a")).stream()
                .anyMatch(a -> a.getAttribute("href").contains(enc(appendix))), "its appendix listed as its part");
        HeadlessChromium.screenshot(browser, "entity-plan-with-appendix");

        String number = first(NQ + "SELECT ?n WHERE { <" + plan + "> eli:number ?n }");
        String file = first(NQ + "SELECT ?f WHERE { <" + appendix + "> nq:sourceFile/nq:fileName ?f }");
        open("/documents.html");
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("#loaded tbody tr")).stream()
                .filter(r -> r.getText().contains(file)).findFirst().orElse(null));
        assertTrue(row.getText().contains("Phụ lục · " + number), row.getText());
        assertFalse(row.getText().contains("chưa có số"), row.getText());
    }

    /**
     * An area a document leaves unnamed is kept in the graph under the loader's placeholder, "(chưa rõ tỉnh)"@vi; the
     * pages show it as such, never as a name or in English (stores loaded before held "(province not named)").
     */
    @Test
    void areasLeftUnnamedAreSaidInVietnamese() {
        assumeTrue(count(NQ + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nSELECT (COUNT(*) AS ?n) WHERE { "
                + "?a rdfs:label ?l FILTER(?l = \"(chưa rõ tỉnh)\"@vi) }") > 0, "the graph holds an unnamed province");
        open("/dashboard.html");
        waitForAll(By.cssSelector("#province-table tbody tr"));
        String dashboard = mainText();
        assertFalse(dashboard.contains("not named"), dashboard);
        assertTrue(dashboard.contains("(chưa rõ tỉnh)"), dashboard);
        open("/?q=" + enc("230-KH/TU"));
        waitForAll(By.cssSelector("#results .result"));
        String search = mainText();
        assertFalse(search.contains("not named"), search);
    }

    // ------------------------------------------------------------------------------------------------ overdue

    @Test
    void theOverdueCardEqualsItsList() {
        open("/dashboard.html");
        WebElement card = wait.until(d -> d.findElement(By.cssSelector("#card-overdue .number")));
        int onCard = Integer.parseInt(card.getText().replaceAll("\\D", ""));
        HeadlessChromium.screenshot(browser, "dashboard");
        browser.findElement(By.id("overdue-link")).click();
        wait.until(ExpectedConditions.urlContains("overdue.html"));
        WebElement total = wait.until(d -> {
            WebElement e = d.findElement(By.id("overdue-total"));
            return e.getText().isBlank() ? null : e;
        });
        assertEquals(onCard, Integer.parseInt(total.getText().replaceAll("\\D", "")), "the card and its list count the same tasks");
        List<WebElement> rows = browser.findElements(By.cssSelector("#overdue-table tbody tr"));
        assertEquals(Math.min(onCard, 100), rows.size(), "the first page lists them");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        for (WebElement row : rows) {
            LocalDate ended = LocalDate.parse(row.findElements(By.tagName("td")).get(2).getText(), DateTimeFormatter.ofPattern("dd/MM/yyyy"));
            assertTrue(ended.isBefore(today), "listed as overdue but its deadline ends " + ended);
        }
        // The card counts exactly the tasks the store says are past their interval and not completed.
        int expected = count(NQ + "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a nq:Task ; nq:deadline/nq:end ?end "
                + "FILTER NOT EXISTS { ?t nq:completed true } FILTER(?end < \"" + today + "\"^^<http://www.w3.org/2001/XMLSchema#date>) }");
        assertEquals(expected, onCard);
        HeadlessChromium.screenshot(browser, "overdue");
    }

    // ------------------------------------------------------------------------------------------------ lineage

    /** A task whose document names no lead says so under "Cơ quan chủ trì", not "Không có cơ quan chủ trì: Có". */
    @Test
    void aTaskWithoutALeadSaysTheDocumentNamesNone() {
        String task = first(NQ + "SELECT ?x WHERE { ?x a nq:Task ; nq:noLeadUnit true } ORDER BY ?x LIMIT 1");
        open("/entity.html?id=" + enc(task));
        waitForAll(By.cssSelector("#fields dt"));
        String fields = text(By.id("fields"));
        assertTrue(fields.contains("Cơ quan chủ trì") && fields.contains("văn bản không nêu"), fields);
        assertFalse(fields.contains("Không có cơ quan chủ trì"), fields);
        // no field or part of one without a value
        for (WebElement dd : browser.findElements(By.cssSelector("#fields dd"))) assertFalse(dd.getText().isBlank(), fields);
    }

    /** An address of nothing in the graph says so in a reader's words, not the API's (no IRI, no /api/search). */
    @Test
    void anUnknownEntityPageSpeaksToAReader() {
        open("/entity.html?id=" + enc("https://w3id.org/nq57/id/doc/viet-nam/2026/0-kh-khong-co"));
        WebElement box = waitForAll(By.cssSelector("#status .error-message")).getFirst();
        String said = browser.findElement(By.id("status")).getText();
        assertTrue(box.getText().startsWith("Không tìm thấy mục này"), said);
        assertFalse(said.contains("/api/") || said.contains("/sparql") || said.contains("https://"), said);
    }

    /** A web copy's Markdown table row is shown as the row of cells it prints, without its pipes. */
    @Test
    void aMarkdownRowInTheSourceIsShownAsCells() {
        String item = first(NQ + "SELECT ?x WHERE { ?x a ?t ; nq:verbatim ?v FILTER(?t IN (nq:Task, nq:Indicator) && STRSTARTS(STR(?v), '|')) } ORDER BY ?x LIMIT 1");
        open("/entity.html?id=" + enc(item));
        List<WebElement> cells = waitForAll(By.cssSelector("#source td.cell"));
        assertTrue(cells.size() >= 2, "the row's cells apart");
        cells.forEach(c -> assertFalse(c.getText().contains("|"), "no pipe in a cell: " + c.getText()));
    }

    /** A task read from a table row is quoted with its cells apart, not run together as one sentence. */
    @Test
    void aTableRowsQuoteShowsItsCellsApart() {
        String task = first(NQ + "SELECT ?x WHERE { ?x a nq:Task ; nq:leadUnit ?u ; nq:verbatim ?v FILTER(CONTAINS(?v, '\\t')) } ORDER BY ?x LIMIT 1");
        open("/lineage.html?id=" + enc(task));
        waitForAll(By.cssSelector("#edges tbody tr"));
        WebElement quote = browser.findElements(By.cssSelector("#edges tbody tr")).getFirst()
                .findElement(By.cssSelector("td[data-label='Trích dẫn']"));
        List<WebElement> cells = quote.findElements(By.cssSelector(".quote-cell"));
        assertTrue(cells.size() >= 3, "the row's cells apart: " + quote.getText());
        assertTrue(quote.getText().contains(" │ "), quote.getText());
        assertFalse(cells.getLast().getText().isBlank(), "no trailing empty cell");
    }

    @Test
    void theLineagePictureHasNoOverlapsAndSaysWhatEachDocumentIs() {
        String task = deepestCommuneTask();
        open("/lineage.html?id=" + enc(task));
        waitForAll(By.cssSelector("svg.lineage .node"));
        String report = String.valueOf(js("""
                const rects = [...document.querySelectorAll('svg.lineage .node rect')].map(r => r.getBoundingClientRect());
                const problems = [];
                for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) {
                  const a = rects[i], b = rects[j];
                  if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) problems.push('nodes ' + i + ' and ' + j + ' overlap');
                }
                const nodes = [...document.querySelectorAll('svg.lineage .node')];
                for (const edge of document.querySelectorAll('svg.lineage .edge')) {
                  const path = edge.querySelector('path.line');
                  const ctm = path.getScreenCTM();
                  const length = path.getTotalLength();
                  for (let s = 0; s <= length; s += 4) {
                    const p = path.getPointAtLength(s);
                    const x = ctm.a * p.x + ctm.c * p.y + ctm.e, y = ctm.b * p.x + ctm.d * p.y + ctm.f;
                    nodes.forEach((n, k) => {
                      if (n.dataset.id === edge.dataset.from || n.dataset.id === edge.dataset.to) return;
                      const r = n.querySelector('rect').getBoundingClientRect();
                      if (x > r.left + 1 && x < r.right - 1 && y > r.top + 1 && y < r.bottom - 1)
                        problems.push('edge ' + edge.dataset.from + ' -> ' + edge.dataset.to + ' passes behind node ' + n.dataset.id);
                    });
                  }
                }
                return [...new Set(problems)].join('\\n');"""));
        assertEquals("", report, "overlaps in the lineage picture");
        // Nodes say what a document is: the commune plan names its commune.
        String labels = String.join(" | ", browser.findElements(By.cssSelector("svg.lineage .node[data-type=Document]")).stream()
                .map(n -> n.findElement(By.tagName("title")).getAttribute("textContent")).toList());
        assertTrue(labels.contains("xã "), "a commune document names its commune: " + labels);
        assertTrue(labels.contains("57-NQ/TW"), labels);
        // The task's line and the list of tops name what they hold: a part left out is not printed as "null".
        for (String part : List.of("entity-line", "tops")) {
            String shown = text(By.id(part));
            assertFalse(shown.isBlank(), part);
            assertFalse(shown.matches("(?s).*(?<!\\p{L})(?:null|undefined|false)(?!\\p{L}).*"), part + ": " + shown);
        }
        // Edge words on hover/focus (title) and in the table.
        List<WebElement> edges = browser.findElements(By.cssSelector("svg.lineage .edge"));
        assertFalse(edges.isEmpty());
        edges.forEach(e -> assertFalse(e.findElement(By.tagName("title")).getAttribute("textContent").isBlank()));
        assertEquals(edges.size(), browser.findElements(By.cssSelector("#edges tbody tr")).size(), "every edge in the table");
        // Zoom: the + button scales the picture.
        String before = browser.findElement(By.cssSelector("svg.lineage .viewport")).getAttribute("transform");
        browser.findElement(By.cssSelector("[data-zoom=in]")).click();
        assertNotEquals(before, browser.findElement(By.cssSelector("svg.lineage .viewport")).getAttribute("transform"));
        browser.findElement(By.cssSelector("[data-zoom=fit]")).click();
        HeadlessChromium.screenshot(browser, "lineage");
    }

    /** A document dated only to its month: its page writes the month as people do ("3/2026"), not "2026-03". */
    @Test
    void aMonthWithoutItsDayReadsAsAMonth() {
        String doc = first(NQ + "SELECT ?d WHERE { ?d nq:yearMonth ?m } ORDER BY ?d LIMIT 1");
        String month = first(NQ + "SELECT ?m WHERE { <" + doc + "> nq:yearMonth ?m }");
        open("/entity.html?id=" + enc(doc));
        By value = By.xpath("//dt[@data-key='yearMonth']/following-sibling::dd[1]");
        String expected = Integer.parseInt(month.substring(5, 7)) + "/" + month.substring(0, 4);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(value, expected));
        assertEquals(expected, text(value));
    }

    /** A section whose title states its own count ("Về phát triển hạ tầng (02 chỉ tiêu)") is not counted again. */
    @Test
    void aSectionsOwnCountIsNotRepeated() {
        String section = first(NQ + "SELECT ?s WHERE { ?s a nq:Section ; nq:title ?t FILTER(REGEX(?t, \"\\\\([0-9]+ chỉ tiêu\\\\)$\")) "
                + "FILTER EXISTS { ?i a nq:Indicator ; nq:inSection ?s } } ORDER BY ?s LIMIT 1");
        String doc = first(NQ + "SELECT ?d WHERE { <" + section + "> nq:inDocument ?d }");
        open("/entity.html?id=" + enc(doc));
        By heading = By.cssSelector(".section-group[data-section='" + section + "'] h3");
        wait.until(ExpectedConditions.presenceOfElementLocated(heading));
        String shown = text(heading);
        assertEquals(1, shown.split("chỉ tiêu", -1).length - 1, "one count of indicators: " + shown);
    }

    /** An entity stated on one line says "dòng 12", not "dòng 12–12"; one over several lines gives the range. */
    @Test
    void aSourceOnOneLineNamesThatLine() {
        String task = first(NQ + "SELECT ?t WHERE { ?t a nq:Task ; nq:lineStart ?s ; nq:lineEnd ?s } ORDER BY ?t LIMIT 1");
        String line = first(NQ + "SELECT ?s WHERE { <" + task + "> nq:lineStart ?s }");
        open("/entity.html?id=" + enc(task));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("source-where")));
        String where = text(By.id("source-where"));
        assertTrue(where.endsWith("dòng " + line), where);
        String plan = first(NQ + "SELECT ?d WHERE { ?d a nq:PolicyDocument ; nq:lineStart ?s ; nq:lineEnd ?e FILTER(?e > ?s) } "
                + "ORDER BY ?d LIMIT 1");
        open("/entity.html?id=" + enc(plan));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("source-where")));
        assertTrue(text(By.id("source-where")).matches(".*dòng \\d+–\\d+"), text(By.id("source-where")));
    }

    @Test
    void theLineageNodesAreReachableByKeyboard() {
        open("/lineage.html?id=" + enc(deepestCommuneTask()));
        waitForAll(By.cssSelector("svg.lineage .node"));
        browser.findElement(By.tagName("body")).click();
        for (int i = 0; i < 40; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement active = browser.switchTo().activeElement();
            if ("Document".equals(active.getAttribute("data-type"))) {
                active.sendKeys(Keys.ENTER);
                wait.until(d -> !d.findElements(By.cssSelector("#detail .actions a")).isEmpty());
                return;
            }
        }
        throw new AssertionError("no document node reached with Tab");
    }

    @Test
    void theListsUnderADocumentKeepTasksIndicatorsAndDocumentsApart() {
        String top = first(NQ + "SELECT ?d WHERE { ?d eli:number \"57-NQ/TW\" }");
        open("/lineage.html?id=" + enc(top) + "&down=commune&type=Task");
        WebElement total = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("down-total")));
        int tasks = number(total.getText());
        int expectedTasks = count(NQ + "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?d nq:derivesFrom* <" + top + "> ; nq:level nq:commune . ?t a nq:Task ; nq:inDocument ?d }");
        assertEquals(expectedTasks, tasks, "only tasks are counted as tasks");
        browser.findElements(By.cssSelector("#down-results li")).forEach(li -> assertEquals("Task", li.getAttribute("data-type")));
        assertEquals(tasks, number(browser.findElement(By.cssSelector(".type-tabs button[data-type=Task] .count")).getText()));
        int indicators = number(browser.findElement(By.cssSelector(".type-tabs button[data-type=Indicator] .count")).getText());
        browser.findElement(By.cssSelector(".type-tabs button[data-type=Indicator]")).click();
        wait.until(d -> "Indicator".equals(d.findElement(By.id("down-total")).getAttribute("data-type")));
        assertEquals(indicators, number(text(By.id("down-total"))));
        browser.findElements(By.cssSelector("#down-results li")).forEach(li -> assertEquals("Indicator", li.getAttribute("data-type")));
        HeadlessChromium.screenshot(browser, "lineage-down");
    }

    // ------------------------------------------------------------------------------------------------ guiding pages

    @Test
    void theHomePageShowsWhatIsInTheGraphAndAnEmptySearchGuides() {
        open("/");
        waitForAll(By.cssSelector("#home-levels tbody tr"));
        assertFalse(browser.findElements(By.cssSelector("#home-latest li a")).isEmpty(), "latest documents");
        // Tân Lợi's draft leaves its day blank ("ngày   tháng 3 năm 2026"): its month is shown, not "undated"
        String latest = browser.findElement(By.id("home-latest")).getText();
        assertTrue(latest.contains("03/2026"), latest);
        assertTrue(browser.findElements(By.cssSelector("#home-examples a.example-search")).size() >= 3, "example searches");
        assertFalse(mainText().contains("w3id.org"));
        HeadlessChromium.screenshot(browser, "home");
        browser.findElement(By.id("q")).sendKeys(Keys.ENTER);
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#search-message.status-info")));
        assertTrue(message.getText().contains("từ khóa"), message.getText());
        assertTrue(browser.findElements(By.cssSelector("#results .result")).isEmpty(), "an empty search lists nothing");
        browser.findElement(By.cssSelector("#home-examples a.example-search")).click();
        assertFalse(waitForAll(By.cssSelector("#results .result")).isEmpty(), "an example search finds results");
    }

    @Test
    void aPagePastTheEndSaysSoAndLeadsBack() {
        open("/?q=chuyen+doi+so&page=9999");
        WebElement pastEnd = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("past-end")));
        assertTrue(browser.findElements(By.id("no-results")).isEmpty(), "not 'no results' when there are results");
        pastEnd.findElement(By.id("first-page")).click();
        assertFalse(waitForAll(By.cssSelector("#results .result")).isEmpty());
    }

    @Test
    void theIndicatorPageOpensOnAComparison() {
        open("/indicators.html");
        List<WebElement> rows = waitForAll(By.cssSelector("#indicator-table tbody tr"));
        assertTrue(rows.size() > 1, "a comparison across documents");
        assertFalse(browser.findElements(By.cssSelector("#suggested a.chip")).isEmpty(), "other comparisons one click away");
        HeadlessChromium.screenshot(browser, "indicators");
    }

    @Test
    void sparqlErrorsAndResultsComeIntoViewWithTheServiceMessage() {
        browser.manage().window().setSize(new Dimension(1280, 700));
        open("/sparql.html");
        wait.until(d -> editorText().contains("SELECT"));
        js("document.querySelector('.CodeMirror').CodeMirror.setValue('SELECT ?x WHERE { ?x ?y }')");
        browser.findElement(By.id("run")).click();
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status.status-error")));
        assertFalse(error.getText().matches("(?s).*HTTP \\d{3}.*"), "the problem detail, not a status code: " + error.getText());
        assertTrue(inView(By.id("results-section")), "the error is on screen");
        HeadlessChromium.screenshot(browser, "sparql-error");
        browser.findElement(By.cssSelector("#examples button[data-example]")).click();
        wait.until(d -> !editorText().contains("?x ?y"));
        js("window.scrollTo(0, 0)");
        browser.findElement(By.id("run")).click();
        waitForAll(By.cssSelector("#result-table tbody tr"));
        assertTrue(inView(By.id("results-section")), "the results are on screen");
        js("window.scrollTo(0, 0)");
        HeadlessChromium.screenshot(browser, "sparql");
    }

    @Test
    void everyCallSaysThePageLanguage() {
        open("/");
        Object vi = asyncJs("import('/js/api.js').then((api) => done(api.languageHeaders()['Accept-Language']))");
        assertTrue(String.valueOf(vi).startsWith("vi"), String.valueOf(vi));
        browser.findElement(By.id("lang-switch")).click();
        Object en = asyncJs("import('/js/api.js').then((api) => done(api.languageHeaders()['Accept-Language']))");
        assertTrue(String.valueOf(en).startsWith("en"), String.valueOf(en));
    }

    // ------------------------------------------------------------------------------------------------ accessibility, fit, print

    @Test
    void axeCoreFindsNoSeriousViolationsOnAnyPage() {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> page : pagesToCheck().entrySet()) {
            open(page.getValue());
            waitForPage(page.getKey());
            js(axeSource);
            Object violations = asyncJs("""
                    axe.run(document, { resultTypes: ['violations'] }).then((r) => done(r.violations
                      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                      .map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', '))))""");
            if (violations instanceof List<?> list && !list.isEmpty()) problems.add(page.getKey() + ": " + list);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyPageFitsA390PixelScreen() {
        browser.manage().window().setSize(new Dimension(390, 844));
        List<String> wide = new ArrayList<>();
        for (Map.Entry<String, String> page : pagesToCheck().entrySet()) {
            open(page.getValue());
            waitForPage(page.getKey());
            Long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0) wide.add(page.getKey() + " by " + overflow + "px");
            HeadlessChromium.screenshot(browser, page.getKey() + "-narrow");
        }
        assertTrue(wide.isEmpty(), "wider than a 390 px screen: " + wide);
    }

    @Test
    void anEntityPageAndALineageTablePrintWithoutTheControls() {
        openEntity(samples().get("task"));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertEquals("none", js("return getComputedStyle(document.getElementById('site-header')).display"));
            assertEquals("none", js("return getComputedStyle(document.querySelector('.actions')).display"));
            assertTrue(browser.findElement(By.id("source")).isDisplayed());
            open("/lineage.html?id=" + enc(deepestCommuneTask()));
            waitForAll(By.cssSelector("#edges tbody tr"));
            assertEquals("none", js("return getComputedStyle(document.querySelector('.zoom-controls')).display"));
            assertTrue(browser.findElement(By.id("edges")).isDisplayed());
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** One entity of each kind a page shows, picked from the store. */
    private Map<String, String> samples() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("task", first(NQ + "SELECT ?x WHERE { ?x a nq:Task ; nq:leadUnit ?u ; nq:deadline/nq:end ?e } ORDER BY ?x LIMIT 1"));
        s.put("indicator", first(NQ + "SELECT ?x WHERE { ?x a nq:Indicator ; nq:target ?t } ORDER BY ?x LIMIT 1"));
        s.put("plan", first(NQ + "SELECT ?x WHERE { ?x a nq:PolicyDocument ; nq:sourceFile ?f ; nq:level nq:commune } ORDER BY ?x LIMIT 1"));
        s.put("cited-document", first(NQ + "SELECT ?x WHERE { ?x a nq:PolicyDocument FILTER NOT EXISTS { ?x nq:sourceFile ?f } } ORDER BY ?x LIMIT 1"));
        s.put("section", first(NQ + "SELECT ?x WHERE { ?x a nq:Section } ORDER BY ?x LIMIT 1"));
        s.put("unit", first(NQ + "SELECT ?x WHERE { ?t nq:leadUnit ?x } ORDER BY ?x LIMIT 1"));
        return s;
    }

    private Map<String, String> pagesToCheck() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/");
        pages.put("search", "/?q=chuyen+doi+so");
        pages.put("entity", "/entity.html?id=" + enc(samples().get("task")));
        pages.put("document", "/entity.html?id=" + enc(samples().get("plan")));
        pages.put("lineage", "/lineage.html?id=" + enc(deepestCommuneTask()));
        pages.put("indicators", "/indicators.html");
        pages.put("dashboard", "/dashboard.html");
        pages.put("overdue", "/overdue.html");
        pages.put("sparql", "/sparql.html");
        return pages;
    }

    private void waitForPage(String key) {
        switch (key) {
            case "home" -> waitForAll(By.cssSelector("#home-levels tbody tr"));
            case "search" -> waitForAll(By.cssSelector("#results .result"));
            case "entity", "document" -> waitForAll(By.cssSelector("#entity h1"));
            case "lineage" -> waitForAll(By.cssSelector("svg.lineage .node"));
            case "indicators" -> waitForAll(By.cssSelector("#indicator-table tbody tr"));
            case "dashboard" -> waitForAll(By.cssSelector("#level-table tbody tr"));
            case "overdue" -> wait.until(d -> !d.findElement(By.id("overdue-total")).getText().isBlank()
                    || !d.findElement(By.id("status")).getText().isBlank());
            case "sparql" -> wait.until(d -> editorText().contains("SELECT"));
            default -> throw new IllegalArgumentException(key);
        }
    }

    /**
     * A task of a commune plan that names its commune, whose plan derives from the most documents: the richest lineage
     * picture. (A plan whose commune the loader could not name has a placeholder area in parentheses.)
     */
    private String deepestCommuneTask() {
        return first(NQ + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?t (COUNT(DISTINCT ?up) AS ?n) WHERE { ?t a nq:Task ; nq:inDocument ?d . ?d nq:level nq:commune ; "
                + "nq:area/rdfs:label ?area ; nq:derivesFrom ?up FILTER(!STRSTARTS(?area, \"(\")) } GROUP BY ?t ORDER BY DESC(?n) ?t LIMIT 1");
    }

    /** Local names of every property used in the store, as a page must never show them (four letters or more). */
    private Set<String> propertyLocalNames() {
        Set<String> names = new TreeSet<>();
        for (String iri : column("SELECT DISTINCT ?p WHERE { ?s ?p ?o }")) {
            String local = iri.replaceAll(".*[#/]", "");
            if (local.length() >= 4) names.add(local);
        }
        return names;
    }

    private void openEntity(String iri) {
        open("/entity.html?id=" + enc(iri));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#entity h1")));
    }

    private String mainText() {
        return browser.findElement(By.id("main")).getText();
    }

    private String text(By by) {
        return browser.findElement(by).getText();
    }

    private boolean inView(By by) {
        return (Boolean) js("const r = arguments[0].getBoundingClientRect(); return r.top > -2 && r.top < window.innerHeight - 40;",
                browser.findElement(by));
    }

    private static int number(String text) {
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }

    private String first(String query) {
        List<String> values = column(query);
        assumeTrue(!values.isEmpty(), "the store has no example for: " + query);
        return values.get(0);
    }

    private int count(String query) {
        return Integer.parseInt(first(query));
    }

    /** The first column of a SPARQL SELECT over HTTP (CSV), header dropped. */
    private List<String> column(String query) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            List<String> values = new ArrayList<>();
            org.apache.commons.csv.CSVFormat.RFC4180.parse(new java.io.StringReader(response.body())).stream().skip(1)
                    .forEach(r -> values.add(r.get(0)));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private List<WebElement> waitForAll(By by) {
        return wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(by));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private Object asyncJs(String body) {
        return ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];\n" + body);
    }

    private String editorText() {
        return String.valueOf(js("const cm = document.querySelector('.CodeMirror'); return cm ? cm.CodeMirror.getValue() : ''"));
    }
}
