package dev.lawful.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The --policy option, shared by the commands that load rule files. */
final class PolicyOptions {

    @Option(names = {"-p", "--policy"}, paramLabel = "FILE|builtin:NAME",
            description = "A rule file, or a bundled rule set (builtin:gdpr, builtin:jalonom). Repeatable; later ones extend earlier ones. Default: builtin:gdpr.")
    List<String> policies = new ArrayList<>();

    /** The references with file paths made absolute, since the analyzer resolves relative ones against the base folder. */
    List<String> resolved() {
        return policies.stream()
                .map(ref -> ref.startsWith("builtin:") ? ref : Path.of(ref).toAbsolutePath().normalize().toString())
                .toList();
    }
}
