package dev.lawful.cli;

import dev.lawful.Analyzer;
import dev.lawful.ConfigurationException;
import dev.lawful.Result;
import dev.lawful.classify.Explanation;
import dev.lawful.inventory.flow.Flow;
import dev.lawful.report.FlowPaths;
import dev.lawful.scan.CodeElement;
import dev.lawful.scan.ParseProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Says why fields were or were not classified as personal data, which declaration covers them,"
                + " and where their data goes.",
                "Given FILE.java:LINE, explains the flows of personal data into the sink calls on that line."})
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ScanOptions scan = new ScanOptions();

    @Parameters(index = "0", paramLabel = "CLASS[#FIELD]|FILE:LINE",
            description = "A class (simple or qualified name), optionally with a field: Customer#email, com.shop.Customer;"
                    + " or a sink call's place: SignupService.java:42.")
    String target;

    @Parameters(index = "1..*", paramLabel = "PATH", arity = "0..*", description = "Folders of Java sources.")
    List<Path> sourceRoots = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        scan.validate(spec.commandLine(), sourceRoots);
        Analyzer analyzer = new Analyzer(scan.config(sourceRoots));
        if (CALL_PLACE.matcher(target).matches()) {
            return explainCall(analyzer);
        }
        Analyzer.Explanations explanations = analyzer.explain(selector(target));
        List<Analyzer.Explained> explained = explanations.explained();
        PrintWriter out = spec.commandLine().getOut();
        if (explained.isEmpty()) {
            spec.commandLine().getErr().println("lawful: " + nothingMatches(analyzer, explanations.problems()));
            return ExitCodes.CONFIGURATION;
        }
        for (Analyzer.Explained e : explained) {
            CodeElement element = e.element();
            out.print(Explanation.of(element, e.classification()));
            out.println(e.declaration() == null
                    ? "  declaration: none"
                    : "  declaration: " + e.declaration().ref() + " purposes " + e.declaration().purposes()
                            + ", legal basis " + e.declaration().legalBasis() + ", retention " + e.declaration().retention());
            flowsFrom(element.id(), result(analyzer), out);
            out.println();
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    private static final java.util.regex.Pattern CALL_PLACE = java.util.regex.Pattern.compile(".+\\.java:\\d+");

    private Result result;

    private Result result(Analyzer analyzer) throws ConfigurationException {
        if (result == null) {
            result = analyzer.run();
        }
        return result;
    }

    /** The flows whose source is the field. */
    private static void flowsFrom(String fieldId, Result result, PrintWriter out) {
        List<Flow> flows = result.flows().stream().filter(f -> f.source().equals(fieldId)).toList();
        if (flows.isEmpty()) {
            out.println("  flows: none found into a log or a third party");
            return;
        }
        out.println("  flows:");
        for (Flow flow : flows) {
            out.println("    " + flow.file() + ":" + flow.line() + " into " + sinkOf(flow));
        }
    }

    /** Every flow into the sink calls on one line, with its path and the findings it gave. */
    private Integer explainCall(Analyzer analyzer) throws ConfigurationException {
        int colon = target.lastIndexOf(':');
        String file = target.substring(0, colon).replace('\\', '/');
        int line = Integer.parseInt(target.substring(colon + 1));
        Result run = result(analyzer);
        List<Flow> flows = run.flows().stream()
                .filter(f -> f.line() == line && (f.file().equals(file) || f.file().endsWith("/" + file)))
                .toList();
        PrintWriter out = spec.commandLine().getOut();
        if (flows.isEmpty()) {
            spec.commandLine().getErr().println("lawful: no flow of personal data into a sink at " + target
                    + " (the call is not a known sink, or no personal data reaches it)");
            return ExitCodes.CONFIGURATION;
        }
        for (Flow flow : flows) {
            out.println(flow.file() + ":" + flow.line() + ":" + flow.column() + " " + sinkOf(flow));
            out.println("  data: " + flow.category() + (flow.key() ? " (a key: personal data, lower severity)" : "")
                    + " from " + flow.source());
            out.println("  path: " + FlowPaths.describe(flow.path()));
            run.findings().stream()
                    .filter(f -> f.line() == flow.line() && flow.file().equals(f.file()) && flow.category().equals(f.category()))
                    .forEach(f -> out.println("  finding: " + f.severity().id() + " " + f.ruleId() + ": " + f.message()));
            out.println();
        }
        out.flush();
        return ExitCodes.CLEAN;
    }

    private static String sinkOf(Flow flow) {
        String sink = flow.sink().name() != null ? flow.sink().name() : flow.sink().id();
        String party = flow.serviceId() != null ? ", to service " + flow.serviceId()
                : flow.host() != null ? ", to host " + flow.host() : "";
        return sink + " (" + flow.sink().kind().label() + party + ")";
    }

    /**
     * Why nothing matched: no such class (and the parse problem of the file where it would
     * be), or the class has no such field (then the fields it has).
     */
    private String nothingMatches(Analyzer analyzer, List<ParseProblem> problems) throws ConfigurationException {
        int hash = target.indexOf('#');
        String type = hash < 0 ? target : target.substring(0, hash);
        List<String> fields = hash < 0 ? List.of() : analyzer.explain(selector(type)).explained().stream()
                .map(e -> e.element().className() + "#" + e.element().member())
                .toList();
        if (!fields.isEmpty()) {
            return "no field " + target + "; the fields are: " + String.join(", ", fields);
        }
        return "no class " + type + " with fields in the scanned code" + unparsed(type, problems);
    }

    /** The problem of the file named for the class ({@code A.java} for {@code A} or {@code com.x.A}), if it failed. */
    private static String unparsed(String type, List<ParseProblem> problems) {
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return problems.stream()
                .filter(p -> p.file().equals(simple + ".java") || p.file().endsWith("/" + simple + ".java"))
                .map(p -> "; " + p.file() + (p.line() > 0 ? ":" + p.line() + ":" + p.column() : "")
                        + " could not be analysed, where it would be: " + p.message())
                .reduce("", String::concat);
    }

    /** Matches Customer, com.shop.Customer, Customer#email or com.shop.Customer#email. */
    static Predicate<CodeElement> selector(String target) {
        int hash = target.indexOf('#');
        String type = hash < 0 ? target : target.substring(0, hash);
        String member = hash < 0 ? null : target.substring(hash + 1);
        return element -> {
            String className = element.className();
            boolean typeMatches = className.equals(type) || className.endsWith("." + type);
            return typeMatches && (member == null || element.member().equals(member));
        };
    }
}
