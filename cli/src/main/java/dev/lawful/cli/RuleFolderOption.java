package dev.lawful.cli;

import dev.lawful.policy.load.RuleFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** The {@code --allow-rules-from} option of scan, explain and validate. */
final class RuleFolderOption {

    static final String HINT = "pass --allow-rules-from %s";

    private RuleFolderOption() {
    }

    /** Refuses a folder that does not exist, as a usage error. */
    static void validate(CommandLine commandLine, List<Path> folders) {
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                throw new CommandLine.ParameterException(commandLine,
                        "--allow-rules-from " + folder + " is not a folder: it names a folder rule files may be read from");
            }
        }
    }

    static RuleFolders folders(List<Path> folders) {
        return new RuleFolders(folders, HINT);
    }
}
