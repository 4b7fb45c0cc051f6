package dev.lawful.cli;

import dev.lawful.check.FailLevel;
import dev.lawful.check.Finding;
import dev.lawful.check.policy.PolicyLint;
import dev.lawful.policy.Policy;
import dev.lawful.policy.load.PolicyLoader;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks rule files: loads them (later files extend earlier ones) and lints the policy they make.")
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE|builtin:NAME", arity = "1..*", description = "Rule files or bundled rule sets.")
    List<String> files;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a lint finding is at or above this level: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
    FailLevel failOn = FailLevel.ERROR;

    @Override
    public Integer call() throws Exception {
        Policy policy = new PolicyLoader(ValidateCommand.class.getClassLoader()).load(files);
        List<Finding> lint = new PolicyLint().lint(policy);
        PrintWriter out = spec.commandLine().getOut();
        for (Finding finding : lint) {
            out.printf("%s:%d:%d  %s  %s%n  %s%n", finding.file(), finding.line(), finding.column(),
                    finding.severity().id(), finding.ruleId(), finding.message());
        }
        out.printf("%s: %d lint finding%s.%n", String.join(" > ", policy.files()), lint.size(), lint.size() == 1 ? "" : "s");
        out.flush();
        boolean failed = lint.stream().anyMatch(f -> failOn.fails(f.severity()));
        return failed ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }
}
