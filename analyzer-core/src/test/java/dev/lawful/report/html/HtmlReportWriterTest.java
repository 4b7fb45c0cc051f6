package dev.lawful.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lawful.check.BaselineEntry;
import dev.lawful.check.BaselineStatus;
import dev.lawful.check.Finding;
import java.util.List;

import dev.lawful.Result;
import dev.lawful.check.Severity;
import dev.lawful.report.Golden;
import dev.lawful.report.ReportFixture;
import dev.lawful.report.ToolInfo;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

    static String html(Result result) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReportWriter(Severity.ERROR, ToolInfo.ofVersion("1.2.3")).write(result, out);
        return out.toString();
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        Golden.assertMatches("lawful.html", html(ReportFixture.webshop()));
    }

    @Test
    void sameResultGivesTheSameBytes() throws IOException {
        assertEquals(html(ReportFixture.webshop()), html(ReportFixture.webshop()));
    }

    @Test
    void payloadsFromScannedCodeAndRuleFilesAreEscaped() throws IOException {
        String html = html(ReportFixture.webshop());

        for (String raw : List.of("<script>window.lawfulPwned", "<svg onload", "<img src=x", "<b>newsletters",
                "<b>in code", "</code></pre><script>")) {
            assertFalse(html.contains(raw), "unescaped: " + raw);
        }
        assertTrue(html.contains("&lt;script&gt;window.lawfulPwned = &#39;field-javadoc&#39;&lt;/script&gt;"));
        assertTrue(html.contains("Marketing &lt;b&gt;newsletters&lt;/b&gt;"));
        assertEquals(1, count(html, "<script>"), "only the report's own script");
    }

    @Test
    void loadsNothingFromTheNetworkAndItsPolicyAllowsOnlyItsOwnInlineCode() throws Exception {
        String html = html(ReportFixture.webshop());

        assertFalse(Pattern.compile("<(script|img|iframe|link|object|embed)[^>]*\\s(src|href)=", Pattern.CASE_INSENSITIVE)
                .matcher(html).find());
        assertFalse(html.contains("@import") || html.contains("url("));
        Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").matcher(html);
        assertTrue(csp.find());
        String style = between(html, "<style>", "</style>");
        String script = between(html, "<script>", "</script>");
        assertEquals("default-src 'none'; style-src '" + sha256(style) + "'; script-src '" + sha256(script)
                + "'; img-src data:; base-uri 'none'; form-action 'none'", csp.group(1).replace("&#39;", "'"));
        assertTrue(html.indexOf("Content-Security-Policy") < html.indexOf("<style>"), "the policy comes first");
    }

    @Test
    void summarySaysWhyTheBuildFails() throws IOException {
        String html = html(ReportFixture.webshop());

        assertTrue(html.contains("<p class=\"verdict fail\" id=\"verdict\">Fails: 7 findings at or above error, the level that fails the "
                + "build: 5 personal-data-undeclared, 1 recipient-undisclosed, 1 special-category-without-condition.</p>"),
                between(html, "<section id=\"summary\"", "</section>"));
    }

    @Test
    void summaryPassesWhenNothingReachesTheThreshold() throws IOException {
        Result result = ReportFixture.webshop();
        StringWriter out = new StringWriter();
        new HtmlReportWriter(null, ToolInfo.ofVersion("1.2.3")).write(result, out);

        assertTrue(out.toString().contains("Passes: findings do not fail this build."));
    }

    @Test
    void aFragmentForEmbeddingHasTheContentWithoutTheDocument() throws IOException {
        StringWriter out = new StringWriter();
        new HtmlReportWriter().writeFragment(ReportFixture.webshop(), out);
        String fragment = out.toString();

        assertFalse(fragment.contains("<html") || fragment.contains("<head>") || fragment.contains("<body"));
        assertTrue(fragment.contains("<div class=\"lawful\" id=\"lawful\""));
        assertTrue(fragment.contains("id=\"findings-table\""));
    }

    @Test
    void withABaselineEachFindingIsMarkedAndTheTableFiltersByIt() throws IOException {
        Result fixture = ReportFixture.webshop();
        Finding accepted = fixture.findings().get(0);
        Result compared = fixture.withBaseline(BaselineStatus.compare("lawful-baseline.json",
                List.of(BaselineEntry.of(accepted)), fixture.findings()));

        String html = html(compared);

        assertTrue(html.contains("<select id=\"f-baseline\">"), "the baseline filter");
        assertEquals(1, html.split("data-baseline=\"baselined\"", -1).length - 1);
        assertEquals(fixture.findings().size() - 1, html.split("data-baseline=\"new\"", -1).length - 1);
        assertFalse(html(fixture).contains("<select id=\"f-baseline\">"), "no filter without a baseline");
    }

    @Test
    void anEmptyResultStillRenders() throws IOException {
        Result empty = new Result(null, List.of(), List.of(), List.of(), List.of(), new Result.Stats(0, 0, 0, 0));
        String html = html(empty);

        assertTrue(html.contains("No findings."));
        assertTrue(html.contains("No personal data found."));
        assertTrue(html.endsWith("</html>\n"));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }

    private static String sha256(String text) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
