package vn.nq57.service.ui;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web interface in a real browser (headless Chromium) over the real documents, as an officer uses it: search
 * without diacritics, click a facet, open a task and its source lines, follow its lineage to 57-NQ/TW, run an example
 * SPARQL query, export. Each page is photographed into {@code <build dir>/screenshots/}.
 */
class WebInterfaceBrowserTest extends RealDataBrowserTest {
    @Test
    void searchWithoutDiacriticsShowsHighlightedVietnameseResults() {
        open("/");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("chuyen doi so", Keys.ENTER);
        List<WebElement> marks = waitForAll(By.cssSelector("#results .result mark"));
        assertTrue(marks.stream().anyMatch(m -> m.getText().toLowerCase().contains("chuyển đổi số")),
                "highlights carry the documents' own diacritics: " + marks.stream().map(WebElement::getText).toList());
        assertTrue(resultCount() > 0);
        assertTrue(browser.getCurrentUrl().contains("q=chuyen+doi+so"), "the query is kept in the address");
        assertOnlyOwnRequests();
        HeadlessChromium.screenshot(browser, "search");
    }

    @Test
    void suggestionsAppearWhileTyping() {
        open("/");
        browser.findElement(By.id("q")).sendKeys("chuyen doi");
        List<WebElement> options = waitForAll(By.cssSelector("#suggestions [role=option]"));
        assertFalse(options.isEmpty());
        assertEquals("true", browser.findElement(By.id("q")).getAttribute("aria-expanded"));
        browser.findElement(By.id("q")).sendKeys(Keys.ARROW_DOWN);
        assertEquals("suggestion-0", browser.findElement(By.id("q")).getAttribute("aria-activedescendant"));
    }

    @Test
    void clickingAFacetNarrowsTheResults() {
        open("/?q=chuyen+doi+so");
        waitForAll(By.cssSelector("#results .result"));
        int before = total();
        WebElement taskFacet = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("fieldset[data-facet=type] button[data-value=Task]")));
        taskFacet.click();
        wait.until(ExpectedConditions.urlContains("type=Task"));
        wait.until(d -> total() < before);
        assertTrue(total() > 0);
        assertEquals("true", browser.findElement(
                By.cssSelector("fieldset[data-facet=type] button[data-value=Task]")).getAttribute("aria-pressed"));
        browser.findElements(By.cssSelector("#results .result"))
                .forEach(r -> assertEquals("Task", r.getAttribute("data-type")));

        // A second value of the same facet is added to the first: tasks or indicators, each button pressed, and the
        // type facet still offering (and counting) the values not chosen.
        int tasks = total();
        WebElement indicatorFacet = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("fieldset[data-facet=type] button[data-value=Indicator]")));
        int indicators = Integer.parseInt(indicatorFacet.findElement(By.cssSelector(".facet-count")).getText()
                .replaceAll("\\D", ""));
        indicatorFacet.click();
        wait.until(ExpectedConditions.urlContains("type=Indicator"));
        wait.until(d -> total() == tasks + indicators);
        assertTrue(browser.getCurrentUrl().contains("type=Task"), browser.getCurrentUrl());
        for (String type : List.of("Task", "Indicator")) {
            assertEquals("true", browser.findElement(By.cssSelector("fieldset[data-facet=type] button[data-value="
                    + type + "]")).getAttribute("aria-pressed"), type);
        }
        assertFalse(browser.findElements(By.cssSelector("fieldset[data-facet=type] button[aria-pressed=false]"))
                .isEmpty(), "the types not chosen are still offered");
        browser.findElements(By.cssSelector("#results .result")).forEach(r ->
                assertTrue(Set.of("Task", "Indicator").contains(r.getAttribute("data-type")), r.getText()));
        assertEquals(2, browser.findElements(By.cssSelector("#active-filters .chip")).size(), "one chip per value");
    }

    /**
     * The deadline filter keeps the tasks whose deadline period overlaps the range, and the page says so under the
     * deadline facets: a task due "Năm 2026" is among the tasks of Q2 2026, while the quarter facet counts it under
     * Q4 2026, when its deadline ends.
     */
    @Test
    void theDeadlineFacetsSayThatARangeKeepsTheTasksWhosePeriodOverlapsIt() {
        open("/?q=" + java.net.URLEncoder.encode("thôn Ngàn Chả, Pò Khoang", java.nio.charset.StandardCharsets.UTF_8)
                + "&type=Task&deadlineFrom=2026-04-01&deadlineTo=2026-06-30");
        List<WebElement> results = waitForAll(By.cssSelector("#results .result"));
        assertTrue(results.stream().anyMatch(r -> r.getText().contains("Ngàn Chả") && r.getText().contains("Năm 2026")),
                "a task due in the year 2026 overlaps its second quarter: "
                        + results.stream().map(WebElement::getText).toList());
        WebElement q2 = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("fieldset[data-facet=deadlineQuarter] button[data-value='2026-Q2']")));
        assertEquals(Integer.toString(total()), q2.findElement(By.cssSelector(".facet-count")).getText()
                .replaceAll("\\D", ""), "the quarter's count is what choosing it lists");
        WebElement hint = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deadline-hint")));
        assertTrue(hint.getText().contains("trùng, dù chỉ một phần") && hint.getText().contains("“Năm 2026”")
                && hint.getText().contains("Quý II/2026"), hint.getText());
        assertEquals("deadlineQuarter", ((JavascriptExecutor) browser).executeScript(
                "return document.getElementById('deadline-hint').previousElementSibling.dataset.facet"),
                "said right under the deadline facets");
    }

    /** The deadline facets list years and quarters in time order, not by how many tasks each holds. */
    @Test
    void theDeadlineFacetsAreInTimeOrder() {
        open("/?q=" + java.net.URLEncoder.encode("chuyển đổi số", java.nio.charset.StandardCharsets.UTF_8) + "&type=Task");
        for (String facet : List.of("deadlineYear", "deadlineQuarter")) {
            List<String> values = waitForAll(By.cssSelector("fieldset[data-facet=" + facet + "] button")).stream()
                    .map(b -> b.getAttribute("data-value")).toList();
            assertTrue(values.size() > 1, facet + ": " + values);
            assertEquals(values.stream().sorted().toList(), values, facet + " in time order");
        }
    }

    /** A task of an appendix names its document by the plan it is part of, never "chưa có số" (an appendix has none). */
    @Test
    void anAppendixsTaskNamesItsDocumentByItsPlansNumber() {
        open("/?q=" + java.net.URLEncoder.encode("130/KH-UBND", java.nio.charset.StandardCharsets.UTF_8) + "&type=Task");
        List<WebElement> results = waitForAll(By.cssSelector("#results .result"));
        String meta = results.getFirst().findElement(By.cssSelector(".meta")).getText();
        assertTrue(meta.contains("Phụ lục · 130/KH-UBND"), meta);
        assertFalse(meta.contains("chưa có số"), meta);
    }

    /** A document whose title continues its kind word ("NGHỊ QUYẾT / về đột phá …") is headed by both, not a fragment. */
    @Test
    void aDocumentResultWhoseTitleContinuesItsKindIsHeadedByTheKind() {
        open("/?q=" + java.net.URLEncoder.encode("57-NQ/TW", java.nio.charset.StandardCharsets.UTF_8) + "&type=Document");
        List<WebElement> results = waitForAll(By.cssSelector("#results .result"));
        String heading = results.getFirst().findElement(By.cssSelector("h2")).getText();
        assertTrue(heading.startsWith("Nghị quyết về đột phá phát triển khoa học"), heading);
        // a title that starts a sentence of its own keeps it
        assertTrue(results.stream().map(r -> r.findElement(By.cssSelector("h2")).getText())
                .anyMatch(h -> h.startsWith("Triển khai thực hiện Nghị quyết số 57-NQ/TW")), "a plan's own title");
    }

    @Test
    void aTaskPageShowsItsVerbatimSourceLinesWithLineNumbers() {
        String name = openFirstTask();
        List<WebElement> numbers = waitForAll(By.cssSelector("#source td.line-number"));
        int first = Integer.parseInt(numbers.get(0).getText().strip());
        assertTrue(first > 0, "a real line number");
        // A table row is shown cell by cell: the line is the text of every cell of its row.
        String line = String.join(" ", browser.findElement(By.cssSelector("#source tbody tr"))
                .findElements(By.cssSelector("td:not(.line-number)")).stream().map(WebElement::getText).toList());
        // the task's own line, as the source prints it: its name's first words, with their diacritics
        // (the list shows "3. Nâng cao …": its ordinal, then the name)
        String opening = String.join(" ", java.util.Arrays.asList(name.strip().replaceFirst("^\\S+\\.\\s+", "")
                .split("\\s+")).subList(0, 4));
        assertTrue(line.contains(opening), "'" + opening + "' in " + line);
        assertFalse(browser.findElements(By.cssSelector("#fields dt")).isEmpty(), "every field is listed");
        assertOnlyOwnRequests();
        HeadlessChromium.screenshot(browser, "entity");
    }

    @Test
    void aTaskLineageReaches57AndCommuneTasksAreOneClickAway() {
        openFirstTask();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("lineage-link"))).click();
        WebElement top = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("svg.lineage .node[data-number='57-NQ/TW']")));
        assertTrue(browser.findElement(By.id("tops")).getText().contains("57-NQ/TW"));
        assertFalse(browser.findElements(By.cssSelector("#edges tbody tr")).isEmpty(), "edges are listed with quotes");
        HeadlessChromium.screenshot(browser, "lineage");

        top.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("down-button"))).click();
        WebElement total = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("down-total")));
        assertTrue(Integer.parseInt(total.getText().replaceAll("\\D", "")) > 0, total.getText());
        List<WebElement> results = browser.findElements(By.cssSelector("#down-results li"));
        assertFalse(results.isEmpty());
        // each result says where the source prints it: "file, dòng N"
        for (WebElement li : results)
            assertTrue(li.findElement(By.cssSelector(".down-where")).getText().matches(".*\\.txt, (dòng|line) \\d+.*"),
                    li.getText());
    }

    @Test
    void anExampleSparqlQueryRunsAndShowsRows() {
        open("/sparql.html");
        WebElement example = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#examples button[data-example=tasks-of-a-plan]")));
        example.click();
        wait.until(d -> editorText().contains("SELECT"));
        browser.findElement(By.id("run")).click();
        List<WebElement> rows = waitForAll(By.cssSelector("#result-table tbody tr"));
        assertFalse(rows.isEmpty());
        assertOnlyOwnRequests();
        HeadlessChromium.screenshot(browser, "sparql");
    }

    /** A query with a syntax error: the page says where, once, in Vietnamese. */
    @Test
    void aSyntaxErrorSaysWhereOnce() {
        open("/sparql.html");
        wait.until(d -> editorText().contains("SELECT"));
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue("
                + "'SELECT ?x WHERE { ?x ?y }')");
        browser.findElement(By.id("run")).click();
        String said = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#status .error-message"))).getText();
        assertTrue(said.contains("dòng 1, cột"), said);
        assertEquals(1, said.split("dòng 1, cột", -1).length - 1, "the place said once: " + said);
    }

    @Test
    void markupInResultsIsShownAsText() {
        open("/sparql.html");
        wait.until(d -> editorText().contains("SELECT"));
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.CodeMirror').CodeMirror.setValue("
                + "'SELECT ?x WHERE { BIND(\"<b>x</b><script>window.injected=1</script>\" AS ?x) }')");
        browser.findElement(By.id("run")).click();
        WebElement cell = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#result-table td")));
        assertEquals("<b>x</b><script>window.injected=1</script>", cell.getText());
        assertTrue(cell.findElements(By.xpath(".//*")).isEmpty(), "no element was made from the text");
        assertEquals(null, ((JavascriptExecutor) browser).executeScript("return window.injected ?? null"));
    }

    @Test
    void snippetsKeepOnlyTheirMarks() {
        open("/");
        Object html = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/dom.js').then((dom) => {
                  const box = document.createElement('div');
                  box.append(dom.snippet('a &lt;i&gt; <mark>chuyển đổi số</mark> <img src=x onerror="window.bad=1"> &amp; b'));
                  done(box.innerHTML);
                });""");
        assertEquals("a &lt;i&gt; <mark>chuyển đổi số</mark> &lt;img src=x onerror=\"window.bad=1\"&gt; &amp; b", html);
    }

    /** Also from a link that carries a parameter of its own (a mail's tracker), which the API would refuse. */
    @Test
    void searchResultsExportAsCsvAndExcel() throws IOException, InterruptedException {
        open("/?q=chuyen+doi+so&utm_source=mail");
        waitForAll(By.cssSelector("#results .result"));
        String href = browser.findElement(By.id("export-csv")).getAttribute("href");
        assertTrue(href.contains("format=csv"), href);
        assertFalse(href.contains("utm_source"), "only what the API takes: " + href);
        assertTrue(href.contains("headers=vi"), "the file's columns named in the page's language: " + href);
        HttpResponse<String> csv = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.size() > 1, "a header row and result rows");
        assertTrue(csv.body().toLowerCase().contains("chuyển đổi số"));
        assertTrue(lines.getFirst().contains("Đơn vị chủ trì"), "a Vietnamese header row: " + lines.getFirst());

        String xlsxHref = browser.findElement(By.id("export-xlsx")).getAttribute("href");
        HttpResponse<byte[]> xlsx = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(xlsxHref)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        assertEquals("PK", new String(xlsx.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII), "a zip: an XLSX workbook");
    }

    @Test
    void theDashboardShowsCounts() {
        open("/dashboard.html");
        WebElement tasks = wait.until(d -> d.findElement(By.cssSelector("#card-tasks .number")));
        assertTrue(Integer.parseInt(tasks.getText().replaceAll("\\D", "")) > 0, tasks.getText());
        assertFalse(browser.findElements(By.cssSelector("#level-table tbody tr")).isEmpty());
        assertOnlyOwnRequests();
        HeadlessChromium.screenshot(browser, "dashboard");
    }

    @Test
    void indicatorTargetsAreComparedAcrossAreas() {
        open("/indicators.html?q=" + java.net.URLEncoder.encode("dịch vụ công trực tuyến", java.nio.charset.StandardCharsets.UTF_8));
        List<WebElement> rows = waitForAll(By.cssSelector("#indicator-table tbody tr"));
        assertTrue(rows.size() > 1, "the same indicator in more than one area");
        assertTrue(browser.findElement(By.id("chart-section")).isDisplayed(), "numeric targets are charted");
        assertOnlyOwnRequests();
        HeadlessChromium.screenshot(browser, "indicators");
    }

    @Test
    void theInterfaceSwitchesToEnglishAndBack() {
        open("/");
        assertEquals("vi", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.id("lang-switch")).click();
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Search", browser.findElement(By.cssSelector("nav a[href='index.html']")).getText());
        browser.navigate().refresh();
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"), "the choice is remembered");
        browser.findElement(By.id("lang-switch")).click();
        assertEquals("Tìm kiếm", browser.findElement(By.cssSelector("nav a[href='index.html']")).getText());
    }

    @Test
    void aNarrowScreenNeedsNoSidewaysScrolling() {
        browser.manage().window().setSize(new Dimension(390, 844));
        open("/?q=chuyen+doi+so");
        waitForAll(By.cssSelector("#results .result"));
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(overflow <= 0, "page wider than the screen by " + overflow + "px");
        HeadlessChromium.screenshot(browser, "search-narrow");
    }

    /** Search, keep tasks only, open the first: the path an officer takes to a task page. */
    /** Opens the first task "chuyen doi so" finds; gives its name as the result list shows it. */
    private String openFirstTask() {
        open("/?q=chuyen+doi+so&type=Task");
        WebElement first = waitForAll(By.cssSelector("#results .result h2 a")).get(0);
        String name = first.getText();
        first.click();
        wait.until(ExpectedConditions.urlContains("entity.html?id="));
        return name;
    }

    private List<WebElement> waitForAll(By by) {
        return wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(by));
    }

    private int resultCount() {
        return browser.findElements(By.cssSelector("#results .result")).size();
    }

    private int total() {
        String text = browser.findElement(By.id("total")).getText().replaceAll("\\D", "");
        return text.isEmpty() ? -1 : Integer.parseInt(text);
    }

    private String editorText() {
        Object text = ((JavascriptExecutor) browser).executeScript(
                "const cm = document.querySelector('.CodeMirror'); return cm ? cm.CodeMirror.getValue() : ''");
        return String.valueOf(text);
    }

    /** Every resource the page loaded came from the service itself: nothing needs the network. */
    private void assertOnlyOwnRequests() {
        @SuppressWarnings("unchecked")
        List<String> foreign = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".filter(n => !n.startsWith(location.origin))");
        assertTrue(foreign.isEmpty(), "requests outside the service: " + foreign);
    }
}
