package dev.lawful.cli;

import dev.lawful.Analyzer;
import dev.lawful.ConfigurationException;
import dev.lawful.classify.Explanation;
import dev.lawful.scan.CodeElement;
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
        List<Analyzer.Explained> explained = analyzer.explain(selector(target));
        PrintWriter out = spec.commandLine().getOut();
        if (explained.isEmpty()) {
            spec.commandLine().getErr().println("lawful: " + nothingMatches(analyzer));
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

    /** Why nothing matched: no such class, or the class has no such field (then the fields it has). */
    private String nothingMatches(Analyzer analyzer) throws ConfigurationException {
        int hash = target.indexOf('#');
        if (hash < 0) {
            return "no class " + target + " with fields in the scanned code";
        }
        String type = target.substring(0, hash);
        List<String> fields = analyzer.explain(selector(type)).stream()
                .map(e -> e.element().className() + "#" + e.element().member())
                .toList();
        return fields.isEmpty()
                ? "no class " + type + " with fields in the scanned code"
                : "no field " + target + "; the fields are: " + String.join(", ", fields);
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
