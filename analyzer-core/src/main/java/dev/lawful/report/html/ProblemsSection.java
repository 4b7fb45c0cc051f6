package dev.lawful.report.html;

import dev.lawful.scan.ParseProblem;
import java.util.List;

/** Files the scanner could not read or parse, so the report says what it did not see. */
final class ProblemsSection {

    private final ReportContext context;

    ProblemsSection(ReportContext context) {
        this.context = context;
    }

    void render(Markup m) {
        List<ParseProblem> problems = context.result().problems();
        m.raw("<section id=\"problems\" aria-labelledby=\"problems-h\">\n<h2 id=\"problems-h\">Not analysed</h2>\n");
        if (problems.isEmpty()) {
            m.raw("<p>Every file was read and parsed.</p>\n</section>\n");
            return;
        }
        m.raw("<table class=\"problems\">\n<thead><tr><th scope=\"col\">File</th><th scope=\"col\">Problem</th>")
                .raw("</tr></thead>\n<tbody>\n");
        for (ParseProblem problem : problems) {
            String where = problem.line() > 0
                    ? problem.file() + ":" + problem.line() + (problem.column() > 0 ? ":" + problem.column() : "")
                    : problem.file();
            m.raw("<tr><td class=\"loc\">").text(where).raw("</td><td>").text(problem.message()).raw("</td></tr>\n");
        }
        m.raw("</tbody>\n</table>\n</section>\n");
    }
}
