package dev.lawful.maven;

import dev.lawful.Result;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Analyses the project against its privacy policy and writes the reports. Never fails the
 * build because of findings; a wrong configuration still fails it.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractAnalysisMojo {

    @Override
    protected void conclude(Result result, List<Path> reports) {
        // Findings are in the reports; this goal only informs.
    }
}
