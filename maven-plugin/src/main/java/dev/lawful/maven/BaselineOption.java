package dev.lawful.maven;

import dev.lawful.ConfigurationException;
import dev.lawful.Result;
import dev.lawful.report.BaselineFile;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * The {@code baseline} and {@code updateBaseline} parameters: compares a result with the
 * baseline file, or rewrites the file with the result's findings.
 *
 * @param file as configured (Maven makes it absolute against the project), or null
 * @param baseDir the analysed project's folder: the default file is there, and messages and
 *     reports name the file relative to it
 */
record BaselineOption(File file, boolean update, Path baseDir, Log log) {

    /** The baseline file used when {@code baseline} is not set and this file exists. */
    static final String DEFAULT_FILE = "lawful-baseline.json";

    Result apply(Result result) throws MojoExecutionException {
        Path path = file != null ? file.toPath() : baseDir.resolve(DEFAULT_FILE);
        if (file == null && !update && !Files.isRegularFile(path)) {
            return result;
        }
        String name = name(path);
        BaselineFile baseline = new BaselineFile(path, name);
        if (update) {
            try {
                Result updated = baseline.update(result);
                log.info("Lawful: wrote the baseline " + name + " with " + FailureMessages.plural(
                        result.findings().size(), "finding") + "; commit it to accept them.");
                return updated;
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot write the Lawful baseline " + path + ": " + e.getMessage(), e);
            }
        }
        try {
            Result compared = baseline.compare(result);
            int accepted = result.findings().size() - compared.newFindings().size();
            int removable = compared.baseline().removable().size();
            log.info("Lawful: " + FailureMessages.plural(accepted, "finding") + " accepted by the baseline " + name
                    + ", " + compared.newFindings().size() + " new"
                    + (removable == 0 ? "" : "; " + removable + (removable == 1 ? " baseline entry" : " baseline entries")
                            + " no longer found, removable with -Dlawful.updateBaseline"));
            return compared;
        } catch (ConfigurationException e) {
            throw new MojoExecutionException(FailureMessages.configuration(e));
        }
    }

    private String name(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = baseDir.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
