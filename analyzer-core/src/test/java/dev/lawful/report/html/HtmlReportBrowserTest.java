package dev.lawful.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.Analyzer;
import dev.lawful.AnalyzerConfig;
import dev.lawful.Result;
import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import dev.lawful.report.ExternalTool;
import dev.lawful.report.ReportFixture;
import dev.lawful.report.ToolInfo;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Opens the HTML report in a real headless Chromium and uses it as a person would. Chromium
 * and ChromeDriver are taken from the PATH (Debian's chromium and chromium-driver, installed
 * by .ci/install-test-tools.sh); without them the tests are skipped, except under CI.
 */
class HtmlReportBrowserTest {

    private static final Path OUT = Path.of("target/browser");
    private static final String INSTALL = "on Debian: apt-get install chromium chromium-driver (.ci/install-test-tools.sh)";

    private static ChromeDriver driver;
    private static String reportUrl;
    private static Result result;

    @BeforeAll
    static void openBrowser() throws IOException {
        result = ReportFixture.webshop();
        Files.createDirectories(OUT);
        Path report = OUT.resolve("lawful.html");
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            new HtmlReportWriter(Severity.ERROR, ToolInfo.ofVersion("1.2.3")).write(result, out);
        }
        reportUrl = report.toAbsolutePath().toUri().toString();
    }

    /** Starts the browser for the first test; a missing browser skips each test with the reason. */
    private static void startBrowser() throws IOException {
        if (driver != null) {
            return;
        }
        Path chromium = ExternalTool.require("Chromium", INSTALL, List.of("chromium", "chromium-browser", "google-chrome"));
        Path chromedriver = ExternalTool.require("ChromeDriver", INSTALL, List.of("chromedriver"));
        driver = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                        .usingAnyFreePort().build(),
                options(chromium, Files.createTempDirectory("lawful-chromium")));
    }

    private static ChromeOptions options(Path chromium, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1400", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        return options;
    }

    @AfterAll
    static void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @BeforeEach
    void openReport() throws IOException {
        startBrowser();
        driver.get(reportUrl);
        driver.setPermission("clipboard-read", "granted");
        driver.setPermission("clipboard-write", "granted");
    }

    @AfterEach
    void noScriptErrorsNorPolicyViolations() {
        if (driver == null) {
            return;
        }
        List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
        assertEquals(List.of(), severe, "console errors (a script error or a Content-Security-Policy violation)");
    }

    @Test
    void filterByACategoryOpenAFindingAndCopyItsFix() {
        new Select(driver.findElement(By.id("f-category"))).selectByValue("user.contact");

        List<WebElement> shown = visibleFindings();
        long expected = result.findings().stream()
                .filter(f -> f.category() != null && f.category().startsWith("user.contact")).count();
        assertEquals(expected, shown.size());
        shown.forEach(row -> assertTrue(row.getAttribute("data-category").startsWith("user.contact.")));
        assertEquals(expected + " of " + result.findings().size() + " findings",
                driver.findElement(By.id("f-count")).getText());

        WebElement row = shown.stream().filter(r -> r.getAttribute("data-elem").endsWith("#deliveryAddress"))
                .findFirst().orElseThrow();
        row.findElement(By.cssSelector("button.toggle")).click();
        WebElement detail = row.findElement(By.cssSelector("tr.finding-detail"));
        assertTrue(detail.isDisplayed());
        assertTrue(detail.findElement(By.cssSelector("mark.hit")).getText().contains("private String deliveryAddress;"));
        assertTrue(detail.findElement(By.cssSelector("table.evidence")).getText().contains("delivery address"));

        detail.findElement(By.cssSelector("button.copy")).click();
        WebElement status = detail.findElement(By.cssSelector(".copy-status"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !status.getText().isEmpty());
        assertEquals("Copied", status.getText());
        String yaml = fixOf("deliveryAddress").yaml();
        assertEquals(yaml, js().executeAsyncScript(
                "const done = arguments[arguments.length - 1]; navigator.clipboard.readText().then(done, e => done('' + e));"));
        assertEquals(yaml, js().executeScript("return window.getSelection().toString();"));
    }

    @Test
    void payloadsInAnnotationsJavadocAndRuleFilesShowAsTextAndRunNothing() {
        driver.findElements(By.cssSelector("button.toggle")).forEach(WebElement::click);

        assertEquals(Boolean.TRUE, js().executeScript("return typeof window.lawfulPwned === 'undefined';"));
        assertEquals(1L, js().executeScript("return document.scripts.length;"));
        assertEquals(0L, js().executeScript("return document.querySelectorAll('img, iframe, svg [onload], svg[onload]').length;"));
        WebElement bio = driver.findElement(By.cssSelector("tbody.finding[data-elem$='#bio']"));
        assertTrue(bio.findElement(By.cssSelector("pre.javadoc")).getText()
                .contains("</code></pre><script>window.lawfulPwned = 'field-javadoc'</script>"));
        assertTrue(bio.findElement(By.cssSelector("ul.annotations")).getText()
                .contains("@Column(name = \"bio\"><svg onload=\"window.lawfulPwned = 'annotation'\">\")"));
        assertTrue(bio.findElement(By.cssSelector("table.evidence")).getText()
                .contains("<script>window.lawfulPwned = 'class-javadoc';</script>"));
        assertTrue(driver.findElement(By.cssSelector("table.purposes")).getText().contains("Marketing <b>newsletters</b>"));
    }

    @Test
    void longIdentifiersWrapInsteadOfWideningThePage() throws Exception {
        Path base = Path.of("src/test/resources/reports/long-names");
        var config = AnalyzerConfig.ofSources(base, List.of(base.resolve("src")), List.of("lawful.yaml"));
        Path report = OUT.resolve("long-names.html");
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            new HtmlReportWriter().write(new Analyzer(config).run(), out);
        }
        driver.get(report.toAbsolutePath().toUri().toString());

        long pageWidth = (Long) js().executeScript("return document.documentElement.scrollWidth;");
        long windowWidth = (Long) js().executeScript("return document.documentElement.clientWidth;");
        assertTrue(pageWidth <= windowWidth, "the page scrolls sideways: " + pageWidth + " px in a " + windowWidth + " px window");
    }

    @Test
    void aScannedFileWhoseAnnotationsAndJavadocCarryPayloadsShowsThemAsTextAndRunsNothing() throws Exception {
        Path base = Path.of("src/test/resources/reports/payloads");
        var config = AnalyzerConfig.ofSources(base, List.of(base.resolve("src")), List.of("lawful.yaml"));
        Result analysed = new Analyzer(config).run();
        Path report = OUT.resolve("payloads.html");
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            new HtmlReportWriter().write(analysed, out);
        }
        driver.get(report.toAbsolutePath().toUri().toString());
        driver.findElements(By.cssSelector("button.toggle")).forEach(WebElement::click);

        assertEquals(Boolean.TRUE, js().executeScript("return typeof window.lawfulPwned === 'undefined';"));
        assertEquals(1L, js().executeScript("return document.scripts.length;"));
        assertEquals(0L, js().executeScript("return document.querySelectorAll('img, iframe, b, svg [onload], svg[onload]').length;"));
        WebElement biography = driver.findElement(By.cssSelector("tbody.finding[data-elem$='#biography']"));
        assertTrue(biography.findElement(By.cssSelector("pre.javadoc")).getText()
                .contains("</code></pre><script>window.lawfulPwned = 'field-javadoc'</script>"));
        assertTrue(biography.findElement(By.cssSelector("ul.annotations")).getText().contains("<svg onload="));
        assertTrue(biography.findElement(By.cssSelector("mark.hit")).getText().contains("<b>x</b>"));
        String page = driver.findElement(By.id("lawful")).getText();
        assertTrue(page.contains("Payload shop <script>window.lawfulPwned = 'policy-name'</script>"));
        assertTrue(page.contains("Public profile <svg onload=\"window.lawfulPwned = 'purpose'\">"));
        assertTrue(page.contains("Contract <b>bold</b>"));
    }

    @Test
    void searchAndSortTheFindings() {
        driver.findElement(By.id("f-search")).sendKeys("cardnumber");
        List<WebElement> shown = visibleFindings();
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).getAttribute("data-elem").endsWith("#cardNumber"));

        driver.findElement(By.id("f-search")).clear();
        driver.findElement(By.id("f-search")).sendKeys(" ");
        WebElement bySeverity = driver.findElement(By.cssSelector("button.sort[data-sort='sev']"));
        bySeverity.click();
        assertEquals("error", visibleFindings().get(0).getAttribute("data-severity"));
        assertEquals("ascending", bySeverity.findElement(By.xpath("..")).getAttribute("aria-sort"));
        bySeverity.click();
        assertEquals("note", visibleFindings().get(0).getAttribute("data-severity"));
        assertEquals(result.findings().size(), visibleFindings().size());
    }

    @Test
    void everythingWorksFromTheKeyboard() {
        WebElement toggle = driver.findElement(By.cssSelector("tbody.finding button.toggle"));
        toggle.sendKeys(Keys.ENTER);
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        toggle.sendKeys(Keys.SPACE);
        assertEquals("false", toggle.getAttribute("aria-expanded"));

        WebElement sort = driver.findElement(By.cssSelector("button.sort[data-sort='rule']"));
        sort.sendKeys(Keys.ENTER);
        assertEquals("ascending", sort.findElement(By.xpath("..")).getAttribute("aria-sort"));

        driver.findElement(By.id("f-search")).sendKeys(Keys.TAB);
        assertEquals("f-severity", driver.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void switchesToTheDarkThemeAndKeepsScreenshots() throws IOException {
        WebElement first = driver.findElement(By.cssSelector("tbody.finding[data-elem$='#deliveryAddress'] button.toggle"));
        first.click();
        js().executeScript("window.scrollTo(0, 0);");
        Files.write(OUT.resolve("report-light.png"), driver.getScreenshotAs(OutputType.BYTES));
        js().executeScript("arguments[0].scrollIntoView();", first.findElement(By.xpath("ancestor::tbody")));
        Files.write(OUT.resolve("finding-light.png"), driver.getScreenshotAs(OutputType.BYTES));
        Files.write(OUT.resolve("data-map-light.png"),
                driver.findElement(By.id("data-map")).getScreenshotAs(OutputType.BYTES));

        WebElement theme = driver.findElement(By.id("theme-toggle"));
        theme.click();
        theme.click();
        assertEquals("dark", driver.findElement(By.id("lawful")).getAttribute("data-theme"));
        assertEquals("rgba(13, 17, 23, 1)", driver.findElement(By.id("lawful")).getCssValue("background-color"));
        js().executeScript("window.scrollTo(0, 0);");
        Files.write(OUT.resolve("report-dark.png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    private static List<WebElement> visibleFindings() {
        return driver.findElements(By.cssSelector("tbody.finding")).stream().filter(WebElement::isDisplayed).toList();
    }

    private static dev.lawful.check.Fix fixOf(String member) {
        return result.findings().stream().filter(f -> member.equals(f.member())).map(Finding::fix)
                .findFirst().orElseThrow();
    }

    private static JavascriptExecutor js() {
        return driver;
    }

}
