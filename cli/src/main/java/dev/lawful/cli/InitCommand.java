package dev.lawful.cli;

import dev.lawful.Analyzer;
import dev.lawful.Result;
import dev.lawful.report.StarterRuleFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Writes a starting rule file from the personal data found in the code: a declaration per class,"
                + " TODO for each purpose, legal basis and retention (validation fails until they are filled in).")
final class InitCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ScanOptions scan = new ScanOptions();

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Folders of Java sources.")
    List<Path> sourceRoots = new ArrayList<>();

    @Option(names = "--extends", paramLabel = "builtin:NAME", description = "The rule set the new file extends. Default: ${DEFAULT-VALUE}.")
    String base = "builtin:gdpr";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "The rule file to write. Default: ${DEFAULT-VALUE}.")
    Path output = Path.of("lawful.yaml");

    @Option(names = "--id", paramLabel = "ID", description = "The new policy's id. Default: ${DEFAULT-VALUE}.")
    String id = "my-policy";

    @Option(names = "--force", description = "Overwrite an existing file.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        scan.validate(spec.commandLine(), sourceRoots);
        if (!scan.policies.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "init writes a new rule file that extends --extends (default builtin:gdpr); it takes no --policy");
        }
        if (Files.exists(output) && !force) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    output + " exists; init does not overwrite it (--force does)");
        }
        Result result = new Analyzer(scan.config(sourceRoots, List.of(base))).run();
        new StarterRuleFile(id, List.of(base)).write(result, output);
        spec.commandLine().getOut().println("Wrote " + output + ": replace every TODO, then run lawful validate " + output);
        return ExitCodes.CLEAN;
    }
}
