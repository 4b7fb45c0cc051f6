package dev.lawful.cli;

import dev.lawful.Analyzer;
import dev.lawful.ConfigurationException;
import dev.lawful.classify.Explanation;
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
        description = "Says why fields were or were not classified as personal data, and which declaration covers them.")
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ScanOptions scan = new ScanOptions();

    @Parameters(index = "0", paramLabel = "CLASS[#FIELD]",
            description = "A class (simple or qualified name), optionally with a field: Customer#email, com.shop.Customer.")
    String target;

    @Parameters(index = "1..*", paramLabel = "PATH", arity = "0..*", description = "Folders of Java sources.")
    List<Path> sourceRoots = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        scan.validate(spec.commandLine(), sourceRoots);
        Analyzer analyzer = new Analyzer(scan.config(sourceRoots));
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
            out.println();
        }
        out.flush();
        return ExitCodes.CLEAN;
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
