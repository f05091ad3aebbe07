package vn.nq57.service.ui;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.nq57.service.RealDataServiceTest;

/**
 * The alignment sections of the entity page in headless Chromium over the real documents: a commune task shows the
 * 03/NQ-CP task it rewords with the shared words marked on both sides; 03/NQ-CP's page draws its coverage chart and
 * lists the tasks no plan carries out, with downloads.
 */
class AlignmentPagesBrowserTest extends RealDataServiceTest {
  private static final Duration WAIT = Duration.ofSeconds(60);
  private static final HttpClient http = HttpClient.newHttpClient();
  private static ChromeDriver browser;

  @BeforeAll
  static void startBrowser() {
    Optional<Path> chromium = HeadlessChromium.browser();
    Optional<Path> driver = HeadlessChromium.driver();
    assumeTrue(chromium.isPresent() && driver.isPresent(),
        "needs chromium and chromedriver on the PATH (Debian: chromium chromium-driver)");
    browser = HeadlessChromium.start(chromium.get(), driver.get());
    browser.manage().window().setSize(new Dimension(1280, 1400));
  }

  @org.springframework.beans.factory.annotation.Autowired
  vn.nq57.service.alignment.AlignmentService alignment;

  /** The start computes the alignment in the background: wait for its public signal, never a fixed sleep. */
  @org.junit.jupiter.api.BeforeEach
  void alignmentComputed() throws Exception {
    alignment.whenSettled().get(10, java.util.concurrent.TimeUnit.MINUTES);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aTaskPageShowsTheUpstreamTaskWithTheSharedWordsMarked() throws Exception {
    String task = iri("""
        SELECT ?d WHERE { ?d a <https://w3id.org/nq57/ontology#Task> ; <https://w3id.org/nq57/ontology#name> ?n .
          FILTER(STRSTARTS(?n, "Hoàn thiện kết nối, chia sẻ và khai thác hiệu quả dữ liệu")) } LIMIT 1""");
    browser.get(uri("/entity.html?id=" + URLEncoder.encode(task, StandardCharsets.UTF_8)).toString());
    WebDriverWait wait = new WebDriverWait(browser, WAIT);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#alignment .alignment-upstream mark")));
    assertTrue(browser.findElement(By.id("alignment-upstream")).getText().contains("Thực hiện nhiệm vụ cấp trên"));
    List<WebElement> upstream = browser.findElements(By.cssSelector("#alignment .alignment-upstream"));
    assertTrue(upstream.stream().anyMatch(u -> u.getText().startsWith("Hoàn thành kết nối, khai thác, chia sẻ hiệu quả dữ liệu")),
        "the reworded 03/NQ-CP task is shown: " + upstream.stream().map(WebElement::getText).toList());
    List<String> marked = browser.findElements(By.cssSelector("#alignment .alignment-this mark")).stream()
        .map(WebElement::getText).toList();
    assertTrue(marked.contains("dữ") && marked.contains("liệu"), "shared words marked on this side: " + marked);
    // the score is written as Vietnamese writes decimals: "Điểm 0,54", not "0.54"
    String said = browser.findElement(By.id("alignment")).getText();
    assertTrue(said.matches("(?s).*Điểm 0,\\d\\d.*") && !said.matches("(?s).*Điểm 0\\.\\d.*"), said);
    HeadlessChromium.screenshot(browser, "alignment-task");
  }

  /** An indicator's alignments call it an indicator, and each upstream item what it is, never "Nhiệm vụ này". */
  @Test
  void anIndicatorPageCallsItselfAnIndicator() throws Exception {
    String indicator = iri("""
        SELECT ?d WHERE { GRAPH <https://w3id.org/nq57/graph/inferred/alignment> { ?a <https://w3id.org/nq57/ontology#alignedTask> ?d }
          ?d a <https://w3id.org/nq57/ontology#Indicator> } ORDER BY ?d LIMIT 1""");
    browser.get(uri("/entity.html?id=" + URLEncoder.encode(indicator, StandardCharsets.UTF_8)).toString());
    WebDriverWait wait = new WebDriverWait(browser, WAIT);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#alignment .alignment-pair")));
    assertEquals("Thực hiện nhiệm vụ, mục tiêu cấp trên", browser.findElement(By.id("alignment-upstream")).getText());
    String pairs = browser.findElement(By.id("alignment")).getText();
    assertTrue(pairs.contains("Chỉ tiêu này") && !pairs.contains("Nhiệm vụ này"), pairs);
  }

  @Test
  void theProgrammePageChartsItsCoverageAndListsTheUntakenTasks() throws Exception {
    String programme = iri("""
        SELECT ?d WHERE { ?d <http://data.europa.eu/eli/ontology#number> "03/NQ-CP" ;
          <https://w3id.org/nq57/ontology#sourceFile> ?f } LIMIT 1""");
    browser.get(uri("/entity.html?id=" + URLEncoder.encode(programme, StandardCharsets.UTF_8)).toString());
    WebDriverWait wait = new WebDriverWait(browser, WAIT);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#coverage-untaken li")));
    wait.until(d -> d.findElement(By.id("coverage-chart")).getAttribute("aria-label") != null);
    assertTrue(browser.findElement(By.id("coverage-chart")).getAttribute("aria-label").contains(":"));
    assertFalse(browser.findElements(By.cssSelector("#coverage-untaken li")).isEmpty());
    assertTrue(browser.findElement(By.id("coverage-csv")).getAttribute("href").contains("format=csv"));
    HeadlessChromium.screenshot(browser, "alignment-coverage");
  }

  private String iri(String query) throws Exception {
    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri("/sparql"))
        .header("Content-Type", "application/sparql-query")
        .header("Accept", "application/sparql-results+json")
        .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(response.body()), ResultSetLang.RS_JSON);
    assertTrue(rows.hasNext(), query);
    return rows.next().getResource("d").getURI();
  }
}
