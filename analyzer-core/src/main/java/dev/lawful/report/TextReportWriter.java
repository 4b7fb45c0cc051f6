package dev.lawful.report;

import dev.lawful.Result;
import dev.lawful.check.Finding;
import dev.lawful.check.Severity;
import dev.lawful.scan.ParseProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/** The console summary; also written as {@code lawful.txt} when asked for. */
public final class TextReportWriter implements ReportWriter {

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String fileName() {
        return "lawful.txt";
    }

    @Override
    public void write(Result result, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        header(result, out);
        for (Finding finding : result.findings()) {
            finding(finding, out);
        }
        if (!result.problems().isEmpty()) {
            out.printf("%nFiles that could not be analysed:%n");
            for (ParseProblem problem : result.problems()) {
                String where = problem.line() > 0
                        ? problem.file() + ":" + problem.line() + ":" + problem.column()
                        : problem.file();
                out.printf("  %s  %s%n", where, problem.message());
            }
        }
        out.printf("%n%s%n", totals(result));
        out.flush();
    }

    private static void header(Result result, PrintWriter out) {
        var stats = result.stats();
        long declared = result.inventory().stream().filter(e -> e.isDeclared()).count();
        out.printf("Lawful: policy %s (%s)%n", result.policy().id(), String.join(" > ", result.policy().files()));
        out.printf("Scanned %d source file%s and %d class file%s: %d type%s, %d field%s; %d hold personal data, %d of them declared.%n",
                stats.sourceFiles(), plural(stats.sourceFiles()), stats.classFiles(), plural(stats.classFiles()),
                stats.types(), plural(stats.types()), stats.fields(), plural(stats.fields()), result.inventory().size(), declared);
    }

    private static void finding(Finding finding, PrintWriter out) {
        String where = finding.line() > 0
                ? finding.file() + ":" + finding.line() + ":" + finding.column()
                : finding.file();
        out.printf("%n%s  %s  %s%n", where, finding.severity().id(), finding.ruleId());
        out.printf("  %s%n", finding.message());
        if (!finding.path().isEmpty()) {
            out.printf("  path: %s%n", FlowPaths.describe(finding.path()));
        }
        if (finding.fix() != null && finding.fix().summary() != null) {
            out.printf("  fix: %s%n", finding.fix().summary());
        }
    }

    /** The last line of the summary: findings by severity, and the files not analysed. */
    public static String totals(Result result) {
        return "%d error%s, %d warning%s, %d note%s%s.".formatted(
                result.count(Severity.ERROR), plural(result.count(Severity.ERROR)),
                result.count(Severity.WARNING), plural(result.count(Severity.WARNING)),
                result.count(Severity.NOTE), plural(result.count(Severity.NOTE)),
                result.problems().isEmpty() ? "" : "; " + result.problems().size() + " file" + plural(result.problems().size())
                        + " could not be analysed")
                + baselineTotals(result);
    }

    /** With a baseline: how many findings it accepts and how many of its entries are gone. */
    private static String baselineTotals(Result result) {
        if (!result.baseline().used()) {
            return "";
        }
        long baselined = result.findings().size() - result.newFindings().size();
        int removable = result.baseline().removable().size();
        return " %d new, %d baselined (%s); %d baseline entr%s no longer found, removable.".formatted(
                result.newFindings().size(), baselined, result.baseline().file(), removable, removable == 1 ? "y" : "ies");
    }

    private static String plural(long count) {
        return count == 1 ? "" : "s";
    }
}
