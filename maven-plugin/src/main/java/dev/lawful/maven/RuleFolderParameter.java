package dev.lawful.maven;

import dev.lawful.policy.load.RuleFolders;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;

/** The folders the plugin reads rule files from besides the project: the reactor root and {@code allowedRuleFolders}. */
final class RuleFolderParameter {

    static final String HINT = "add <allowedRuleFolders><allowedRuleFolder>%s</allowedRuleFolder></allowedRuleFolders>"
            + " to the plugin's configuration";

    private RuleFolderParameter() {
    }

    /**
     * @param reactorRoot the top-level project's folder, or null
     * @param allowed the parameter as configured, or null
     * @throws MojoExecutionException naming the parameter when a folder does not exist
     */
    static RuleFolders folders(Path reactorRoot, List<File> allowed) throws MojoExecutionException {
        List<Path> folders = new ArrayList<>();
        if (reactorRoot != null) {
            folders.add(reactorRoot);
        }
        for (File folder : allowed == null ? List.<File>of() : allowed) {
            if (folder == null || !Files.isDirectory(folder.toPath())) {
                throw new MojoExecutionException("Invalid value '" + folder + "' for parameter 'allowedRuleFolders'"
                        + " (property lawful.allowedRuleFolders): not a folder; it names folders rule files may be"
                        + " read from");
            }
            folders.add(folder.toPath());
        }
        return new RuleFolders(folders, HINT);
    }
}
