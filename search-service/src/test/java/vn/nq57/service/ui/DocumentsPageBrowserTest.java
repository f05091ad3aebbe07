package vn.nq57.service.ui;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.nq57.service.documents.WritableServiceTest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The documents page in headless Chromium, as an officer adds the plan that arrived this morning: type the admin
 * password, choose the file, upload, read the report, open the document's page, then find one of its tasks by
 * search. Also: every page of the interface loads under the service's Content Security Policy without a violation.
 */
class DocumentsPageBrowserTest extends WritableServiceTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        Optional<Path> chromium = HeadlessChromium.browser();
        Optional<Path> driver = HeadlessChromium.driver();
        assumeTrue(chromium.isPresent() && driver.isPresent(),
                "needs chromium and chromedriver on the PATH (Debian: chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=vi", "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.get().toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.quit();
    }

    @Test
    void anOfficerAddsAPlanThroughThePageAndFindsOneOfItsTasks() throws Exception {
        Path file = Files.createTempDirectory("nq57-page-").resolve("ke-hoach-86-xa-da-sar.txt");
        Files.writeString(file, fixture("ke-hoach-08-da-sar.txt").replace("08/KH-UBND", "86/KH-UBND"));
        WebDriverWait wait = new WebDriverWait(browser, WAIT);

        sendThroughThePage(file, wait);

        WebElement open = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report .open-document")));
        String report = browser.findElement(By.cssSelector(".report")).getText();
        assertTrue(report.contains("Kế hoạch 86/KH-UBND") && report.contains("5 nhiệm vụ"), report);
        HeadlessChromium.screenshot(browser, "documents-added");
        String documentIri = URLDecoder.decode(open.getAttribute("href").replaceFirst(".*id=", ""), StandardCharsets.UTF_8);
        open.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("document-actions")));

        browser.get(uri("/").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("q")))
                .sendKeys("lop binh dan hoc vu so nguoi dan toc thieu so", Keys.ENTER);
        List<WebElement> links = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                By.cssSelector("#results .result h2 a")));
        List<String> targets = new ArrayList<>();
        for (WebElement link : links) {
            targets.add(URLDecoder.decode(link.getAttribute("href").replaceFirst(".*id=", ""), StandardCharsets.UTF_8));
        }
        assertTrue(targets.stream().anyMatch(t -> t.startsWith(documentIri + "/task/")),
                documentIri + " not among " + targets);
        assertNoPolicyViolations();
    }

    /**
     * A document added with checks in its load report (here a date line a scan's OCR misread, letters O for zeros): the page lists each,
     * in Vietnamese with the report's own sentence, never "nothing more to check".
     */
    @Test
    void everyCheckOfTheReportIsShownInVietnameseWithItsOriginal() throws Exception {
        String checks = checksOfAVariant("ke-hoach-87-ngay-ocr-loi.txt", "87/KH-UBND",
                "Đạ Sar, ngày 20 tháng 01 năm 2026", "Đạ Sar, ngày 2O tháng Ol năm 2O26");
        String report = browser.findElement(By.cssSelector(".report")).getText();
        assertTrue(checks.contains("Không đọc được ngày ban hành ở phần đầu văn bản; dòng ghi ngày đọc được là "
                + "“Đạ Sar, ngày 2O tháng Ol năm 2O26”"), checks);
        assertTrue(checks.contains("Nguyên văn trong báo cáo: date not found in the header: \"Đạ Sar, ngày 2O tháng Ol năm 2O26\""),
                checks);
        assertFalse(report.contains("Không có gì cần kiểm tra thêm"), report);
        HeadlessChromium.screenshot(browser, "documents-checks");
    }

    /**
     * The check listing a scan's words recognised with low confidence, as the loader writes it, reads in Vietnamese on
     * the page with each place as "trang …, dòng …" and the count of those not listed.
     */
    @Test
    void theOcrDoubtsCheckIsShownInVietnamese() {
        List<String> lines = List.of("KẾ HOẠCH", "Phân quyên cho Cục", "Quyết định số 1468/QĐĐ-BTP");
        List<vn.nq57.loader.read.Origin> origins = List.of(vn.nq57.loader.read.Origin.page(1, 1, true),
                vn.nq57.loader.read.Origin.page(1, 2, true), vn.nq57.loader.read.Origin.page(2, 5, true));
        List<vn.nq57.loader.read.SourceText.Doubt> doubts = new ArrayList<>();
        for (int i = 0; i < 13; i++) doubts.add(new vn.nq57.loader.read.SourceText.Doubt(2, "quyên", 41));
        doubts.add(new vn.nq57.loader.read.SourceText.Doubt(3, "1468/QĐĐ-BTP", 32));
        String check = vn.nq57.loader.Loader.ocrDoubts(new vn.nq57.loader.read.SourceText("quet.pdf", "", lines,
                vn.nq57.loader.read.DocumentFormat.PDF, origins, doubts)).orElseThrow();
        browser.get(uri("/documents.html").toString());
        Object shown = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/documents-client.js').then((m) => done(m.reportView({ documents: [{ file: 'quet.pdf',
                  kind: 'Plan', number: '05/KH-CNTT', tasks: 1, indicators: 0, references: 0, checks: [arguments[0]] }] })
                  .map((v) => v.querySelector('.checks').innerText).join('\\n')));
                """, check);
        String text = String.valueOf(shown);
        assertTrue(text.contains("Nhận dạng chữ (OCR) không chắc chắn ở 14 từ (độ tin cậy dưới 60/100); cần đối chiếu với "
                + "bản quét: trang 1, dòng 2 \"quyên\" (41), "), text);
        assertTrue(text.contains("\"quyên\" (41) và 2 từ khác"), text);
        assertTrue(text.contains("Nguyên văn trong báo cáo: " + check), text);
    }

    /**
     * A table cut without its header is accepted with a SHACL warning (no issuer): the report on the page says it with
     * the shape's own message in the page's language (sh:message @vi, @en in English), under the document it is about.
     */
    @Test
    void theShapesWarningsOfALoadAreShownInThePagesLanguage() throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        for (String lang : List.of("vi", "en")) {
            Path file = Files.createTempDirectory("nq57-page-").resolve("bang-cat-khong-dau-" + lang + ".txt");
            Files.writeString(file, """
                    | STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Thời hạn hoàn thành |
                    |---|---|---|---|
                    | 1 | Lắp đặt trạm đo mưa tự động ở %s | Sở Nông nghiệp và Môi trường | Quý III/2026 |
                    """.formatted(lang.equals("vi") ? "thượng nguồn" : "hạ nguồn"));
            browser.get(uri("/documents.html").toString());
            browser.executeScript("localStorage.setItem('nq57.lang', arguments[0]);", lang);
            sendThroughThePage(file, wait);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report .open-document")));
            String checks = browser.findElement(By.cssSelector(".report .checks")).getText();
            String expected = lang.equals("vi")
                    ? "Cảnh báo: Văn bản phải có cơ quan ban hành (eli:passed_by), trừ phụ lục của một văn bản đã có."
                    : "Warning: A document has an issuer (eli:passed_by), unless it is an appendix of a document that has one.";
            assertTrue(checks.contains(expected), lang + ": " + checks);
            if (lang.equals("vi")) {
                assertFalse(checks.contains("A document has an issuer"), "no English on the Vietnamese page: " + checks);
                HeadlessChromium.screenshot(browser, "documents-shacl-warning");
            }
        }
        browser.executeScript("localStorage.setItem('nq57.lang', 'vi');");
    }

    /**
     * A plan whose task table lost its header row and its first rows: its tasks are read, and the page says in
     * Vietnamese how its columns were told and which rows are missing, for the officer to check against the original;
     * a headerless list whose columns its cells do not tell is listed as not understood.
     */
    @Test
    void aTableWithoutItsHeaderRowIsReadAndSaidSoInVietnamese() throws Exception {
        Path file = Files.createTempDirectory("nq57-page-").resolve("ke-hoach-93-bang-khong-tieu-de.txt");
        Files.writeString(file, String.join("\n", "ỦY BAN NHÂN DÂN", "XÃ ĐẠ SAR", "Số: 93/KH-UBND",
                "Đạ Sar, ngày 12 tháng 02 năm 2026", "KẾ HOẠCH", "Phổ cập kỹ năng số năm 2026",
                "Thực hiện Kế hoạch số 08/KH-UBND ngày 20/01/2026 của UBND xã Đạ Sar.",
                "4\tMở lớp tập huấn chữ ký số cho hộ kinh doanh\tPhòng Kinh tế\tCác thôn\tQuý II/2026",
                "5\tHướng dẫn thanh toán không dùng tiền mặt tại chợ\tPhòng Kinh tế\tĐoàn Thanh niên xã\tQuý III/2026",
                "III. TỔ CHỨC THỰC HIỆN", "Các thôn triển khai.", "1\tMáy tính\tcái\t12\t4", "2\tMáy in\tcái\t3\t1", ""));
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        sendThroughThePage(file, wait);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report .open-document")));
        String report = browser.findElement(By.cssSelector(".report")).getText();
        assertTrue(report.contains("2 nhiệm vụ"), report);
        // its rows start at 4: the first three are missing from what was read, said for the officer to look for them
        String checks = browser.findElement(By.cssSelector(".report .checks")).getText();
        assertTrue(checks.contains("Bảng thiếu hàng 1–3: số thứ tự bắt đầu từ 4 (dòng 8)"), checks);
        // read, but its columns were guessed: a check, not a line "not understood"
        assertTrue(checks.contains("Bảng không có hàng tiêu đề (dòng 8): các cột được nhận ra theo nội dung ô là STT | "
                + "Nội dung nhiệm vụ"), checks);
        browser.findElement(By.cssSelector(".report details summary")).click();
        String lines = browser.findElement(By.cssSelector(".report details")).getText();
        assertFalse(lines.contains("Mở lớp tập huấn"), "the rows read are not listed as not understood: " + lines);
        // the list of equipment after it tells no column: not understood, named where it sits, its cells apart
        assertTrue(lines.contains("Dòng 12: 1 | Máy tính | cái | 12 | 4 (bảng không có hàng tiêu đề, và nội dung các ô"
                + " không cho biết cột nào là gì)"), lines);
        assertFalse(lines.contains("table without a header row"), "no English on the Vietnamese page: " + lines);
    }

    /**
     * A numbered plan whose day was left blank for the hand (a scan of the signed paper, or its typed copy): the page
     * says the day is missing and the month it is dated by, in Vietnamese; the document is no draft.
     */
    @Test
    void aNumberedPlanWithoutItsDayIsDatedByItsMonthAndSaysSo() throws Exception {
        String checks = checksOfAVariant("ke-hoach-90-khong-ngay.txt", "90/KH-UBND",
                "Đạ Sar, ngày 20 tháng 01 năm 2026", "Đạ Sar, ngày      tháng 01 năm 2026");
        assertTrue(checks.contains("Ngày ban hành chỉ có tháng và năm") && checks.contains("ban hành tháng 1/2026"), checks);
        String ask = "ASK { <https://w3id.org/nq57/id/doc/lam-dong-da-sar/2026/90-kh-ubnd> "
                + "<https://w3id.org/nq57/ontology#draft> false }";
        String answer = get("/sparql?query=" + java.net.URLEncoder.encode(ask, StandardCharsets.UTF_8)).body();
        assertTrue(answer.contains("true"), answer);
    }

    /**
     * A plan citing a document dated after itself (a mistyped date): the page says so in Vietnamese, and the cited
     * plan is known by its number alone.
     */
    @Test
    void aCitedDateLaterThanThePlansOwnIsSaidInVietnamese() throws Exception {
        String checks = checksOfAVariant("ke-hoach-143-ngay-dan-sau.txt", "143/KH-UBND",
                "Kế hoạch số 15/KH-UBND ngày 10/01/2026", "Kế hoạch số 15/KH-UBND ngày 10/01/2027");
        assertTrue(checks.contains("Văn bản 15/KH-UBND được dẫn với ngày 10/1/2027")
                && checks.contains("sau ngày của chính văn bản này (20/1/2026)"), checks);
    }

    /**
     * A copy whose header kept only "ĐẢNG CỘNG SẢN VIỆT NAM" over a number of the central steering committee: the
     * page says, in Vietnamese, that the issuer was taken from the number's code.
     */
    @Test
    void anIssuerTakenFromTheNumbersCodeIsSaidInVietnamese() throws Exception {
        Path file = Files.createTempDirectory("nq57-page-").resolve("ke-hoach-77-bcdtw.txt");
        Files.writeString(file, String.join("\n", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 77-KH/BCĐTW",
                "Hà Nội, ngày 12 tháng 3 năm 2025", "KẾ HOẠCH", "Kiểm tra việc thực hiện Nghị quyết số 57-NQ/TW",
                "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.",
                "TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành",
                "1\tKiểm tra việc số hóa hồ sơ lưu trữ của các bộ\tBộ Khoa học và Công nghệ\tQuý IV/2025", ""));
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        sendThroughThePage(file, wait);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report .open-document")));
        String checks = browser.findElement(By.cssSelector(".report .checks")).getText();
        assertTrue(checks.contains("Phần đầu văn bản không ghi cơ quan ban hành; cơ quan “Ban Chỉ đạo Trung ương” được "
                + "nhận theo ký hiệu “BCĐTW” trong số hiệu 77-KH/BCĐTW"), checks);
    }

    /**
     * The same document sent under another file name: the page names the file it was loaded from and links to that
     * document's page, where "Thay thế bằng tệp mới" with the new file does replace it; no API verb is shown.
     */
    @Test
    void theSameDocumentUnderAnotherNameIsReplacedFromTheLoadedDocumentsPage() throws Exception {
        String plan = fixture("ke-hoach-08-da-sar.txt").replace("08/KH-UBND", "88/KH-UBND");
        var first = upload("ke-hoach-88-ban-dau.txt", plan);
        assertEquals(201, first.statusCode(), first.body());
        Path file = Files.createTempDirectory("nq57-page-").resolve("ke-hoach-88-ban-sua.txt");
        Files.writeString(file, plan.replace("Lắp đặt điểm phát sóng wifi miễn phí", "Lắp đặt trạm sạc xe điện công cộng"));
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        sendThroughThePage(file, wait);

        WebElement refusal = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".change-error")));
        String said = refusal.getText();
        assertTrue(said.contains("được nạp từ tệp “ke-hoach-88-ban-dau.txt”") && said.contains("“Thay thế bằng tệp mới”"),
                said);
        assertFalse(said.contains("PUT") || said.contains("/api/"), "no API verb on the page: " + said);
        HeadlessChromium.screenshot(browser, "documents-conflict");
        WebElement link = refusal.findElement(By.cssSelector("a.replace-loaded"));
        String document = "https://w3id.org/nq57/id/doc/lam-dong-da-sar/2026/88-kh-ubnd";
        assertTrue(URLDecoder.decode(link.getAttribute("href"), StandardCharsets.UTF_8)
                .endsWith("entity.html?id=" + document + "#document-actions"), link.getAttribute("href"));

        link.click();
        WebElement newFile = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("replace-file")));
        newFile.sendKeys(file.toString());
        browser.findElement(By.id("replace-document")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#document-actions .report")));
        assertEquals(404, get("/api/documents/ke-hoach-88-ban-dau.txt").statusCode());
        String now = get("/api/documents/ke-hoach-88-ban-sua.txt").body();
        assertTrue(now.contains(document) && now.contains("\"tasks\":5"), now);
    }

    /**
     * A plan that says it replaces an earlier one: the earlier plan's page says, in Vietnamese, that it has been
     * replaced, and by which plan (a link to it).
     */
    @Test
    void aReplacedPlansPageSaysWhichPlanReplacedIt() throws Exception {
        String plan = fixture("ke-hoach-08-da-sar.txt");
        var old = upload("ke-hoach-93-cu.txt", plan.replace("08/KH-UBND", "93/KH-UBND"));
        assertEquals(201, old.statusCode(), old.body());
        var replacing = upload("ke-hoach-94-moi.txt", plan.replace("08/KH-UBND", "94/KH-UBND").replace(
                "Ủy ban nhân dân xã ban hành Kế hoạch",
                "Kế hoạch này thay thế Kế hoạch số 93/KH-UBND ngày 20/01/2026 của UBND xã Đạ Sar.\n\nỦy ban nhân dân xã ban hành Kế hoạch"));
        assertEquals(201, replacing.statusCode(), replacing.body());
        String oldPlan = "https://w3id.org/nq57/id/doc/lam-dong-da-sar/2026/93-kh-ubnd";
        browser.get(uri("/entity.html?id=" + java.net.URLEncoder.encode(oldPlan, StandardCharsets.UTF_8)).toString());
        WebElement note = new WebDriverWait(browser, WAIT)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("replaced-by")));
        assertTrue(note.getText().startsWith("Văn bản này đã được thay thế bởi 94/KH-UBND"), note.getText());
        assertTrue(URLDecoder.decode(note.findElement(By.tagName("a")).getAttribute("href"), StandardCharsets.UTF_8)
                .endsWith("/2026/94-kh-ubnd"), note.findElement(By.tagName("a")).getAttribute("href"));
        browser.get(uri("/entity.html?id=" + java.net.URLEncoder.encode(oldPlan.replace("93", "94"), StandardCharsets.UTF_8)).toString());
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("lineage-link")));
        assertTrue(browser.findElements(By.id("replaced-by")).isEmpty(), "the plan in force says nothing of the kind");
        Object stray = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return [...document.getElementById"
                + "('entity').childNodes].filter(n => n.nodeType === 3 && n.textContent.trim()).map(n => n.textContent).join('|')");
        assertEquals("", stray, "no bare text between the page's blocks (a count left out printed as \"0\")");
    }

    /**
     * "Xóa văn bản" on a document's page: once removed, the page shows that it is gone (in Vietnamese, with where to go
     * next) instead of the document, and offers no action on it any more, in either language.
     */
    @Test
    void aDocumentRemovedFromItsPageIsShownGoneWithNoActionLeft() throws Exception {
        var added = upload("ke-hoach-89-se-xoa.txt", fixture("ke-hoach-08-da-sar.txt").replace("08/KH-UBND", "89/KH-UBND"));
        assertEquals(201, added.statusCode(), added.body());
        String document = "https://w3id.org/nq57/id/doc/lam-dong-da-sar/2026/89-kh-ubnd";
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        browser.get(uri("/entity.html?id=" + java.net.URLEncoder.encode(document, StandardCharsets.UTF_8)).toString());
        WebElement remove = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("remove-document")));
        typePassword(wait);
        remove.click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        WebElement gone = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("removed")));
        assertTrue(gone.getText().contains("Đã xóa văn bản 89/KH-UBND (tệp ke-hoach-89-se-xoa.txt) khỏi kho dữ liệu"), gone.getText());
        assertEquals(404, get("/api/documents/ke-hoach-89-se-xoa.txt").statusCode());
        assertNoActionOnTheRemovedDocument();
        assertTrue(browser.findElement(By.id("removed-list")).getAttribute("href").endsWith("/documents.html"));
        browser.findElement(By.id("lang-switch")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("removed"), "was removed"));
        assertNoActionOnTheRemovedDocument();
        HeadlessChromium.screenshot(browser, "document-removed");
        browser.executeScript("localStorage.clear()");
    }

    /**
     * A Prime Minister's dispatch (công điện: no parts, numbered items addressed to ministries after "… yêu cầu:") added
     * through the page: the report names its kind in Vietnamese and counts the tasks its items assign.
     */
    @Test
    void aDispatchAddedThroughThePageIsNamedInVietnameseWithTheTasksItAssigns() throws Exception {
        Path file = Files.createTempDirectory("nq57-page-").resolve("cong-dien-91.txt");
        Files.writeString(file, String.join("\n",
                "THỦ TƯỚNG CHÍNH PHỦ", "Số: 91/CĐ-TTg", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 10 tháng 4 năm 2025", "CÔNG ĐIỆN",
                "Về tăng cường bảo đảm an toàn dữ liệu cá nhân", "THỦ TƯỚNG CHÍNH PHỦ điện:",
                "- Bộ trưởng các bộ, cơ quan ngang bộ;", "- Chủ tịch Ủy ban nhân dân các tỉnh.",
                "Để bảo đảm an toàn dữ liệu cá nhân, Thủ tướng Chính phủ yêu cầu:",
                "1. Bộ Công an", "a) Rà soát các hệ thống thông tin lưu trữ dữ liệu cá nhân.",
                "b) Cảnh báo các hình thức lừa đảo mới trên không gian mạng.",
                "2. Bộ Tài chính chủ trì nghiên cứu cơ chế xác thực giao dịch trực tuyến.",
                "3. Các bộ, ngành, địa phương báo cáo kết quả thực hiện Công điện này./.",
                "Nơi nhận:", "- Như trên;", "- Lưu: VT.") + "\n");
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        sendThroughThePage(file, wait);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report .open-document")));
        String report = browser.findElement(By.cssSelector(".report")).getText();
        assertTrue(report.contains("Công điện 91/CĐ-TTg") && report.contains("3 nhiệm vụ"), report);
        assertFalse(report.contains("Telegram"), report);
        // the item to everyone is no task, and the page says so, where it stands
        browser.findElement(By.cssSelector(".report details summary")).click();
        String lines = browser.findElement(By.cssSelector(".report details")).getText();
        assertTrue(lines.contains("Dòng 16: 3. Các bộ, ngành, địa phương báo cáo") && lines.contains("được hiểu là chỉ đạo chung"),
                lines);
    }

    private static void assertNoActionOnTheRemovedDocument() {
        for (String id : List.of("document-actions", "remove-document", "replace-document", "contents", "lineage-link", "fields"))
            assertTrue(browser.findElements(By.id(id)).isEmpty(), "#" + id + " is still shown for the removed document");
    }

    @Test
    void everyPageLoadsUnderTheContentSecurityPolicy() {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        for (String page : List.of("/", "/index.html?q=chuyen+doi+so", "/documents.html", "/dashboard.html",
                "/indicators.html", "/sparql.html", "/lineage.html?id=https%3A%2F%2Fw3id.org%2Fnq57%2Fid%2Fdoc%2Fviet-nam%2F2024%2F57-nq-tw",
                "/entity.html?id=https%3A%2F%2Fw3id.org%2Fnq57%2Fid%2Fdoc%2Fviet-nam%2F2024%2F57-nq-tw")) {
            browser.get(uri(page).toString());
            wait.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
            // Let the modules render what they fetch.
            wait.until(d -> !browser.findElements(By.cssSelector("#site-header nav")).isEmpty());
        }
        assertNoPolicyViolations();
    }

    /** Types the admin password over whatever the tab kept of an earlier test (the page keeps it per tab). */
    /** Opens the documents page, gives the password, chooses {@code file} and sends it. */
    /**
     * Sends the Đạ Sar plan under another number with one passage changed ({@code from} → {@code to}) through the page,
     * and gives the checks its report lists once the load is accepted.
     */
    private String checksOfAVariant(String fileName, String number, String from, String to) throws Exception {
        Path file = Files.createTempDirectory("nq57-page-").resolve(fileName);
        Files.writeString(file, fixture("ke-hoach-08-da-sar.txt").replace("08/KH-UBND", number).replace(from, to));
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        sendThroughThePage(file, wait);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".report .open-document")));
        return browser.findElement(By.cssSelector(".report .checks")).getText();
    }

    private void sendThroughThePage(Path file, WebDriverWait wait) {
        browser.get(uri("/documents.html").toString());
        typePassword(wait);
        browser.findElement(By.id("files")).sendKeys(file.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chosen"), file.getFileName().toString()));
        browser.findElement(By.id("upload")).click();
    }

    private static void typePassword(WebDriverWait wait) {
        WebElement password = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("auth-password")));
        password.sendKeys(Keys.chord(Keys.CONTROL, "a"), PASSWORD);
    }

    private static void assertNoPolicyViolations() {
        List<String> violations = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getMessage().contains("Content Security Policy")) violations.add(entry.getMessage());
        }
        assertTrue(violations.isEmpty(), "CSP violations: " + violations);
    }
}
