package dev.lawful.maven;

import dev.lawful.Result;
import dev.lawful.check.FailLevel;
import dev.lawful.check.Severity;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Analyses the project against its privacy policy, writes the reports and fails the build
 * when a finding is at or above {@code failOn}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractAnalysisMojo {

    private static final String FAIL_ON_PROPERTY = "lawful.failOn";

    /**
     * The lowest finding severity that fails the build: {@code error}, {@code warning},
     * {@code note} or {@code never}.
     */
    @Parameter(property = FAIL_ON_PROPERTY, defaultValue = "error")
    private String failOn;

    private FailLevel threshold;

    @Override
    protected void validateParameters() throws MojoExecutionException {
        threshold = failLevel(failOn);
    }

    /** The {@code failOn} parameter's level, or an error that names the parameter, its property and the allowed values. */
    static FailLevel failLevel(String value) throws MojoExecutionException {
        return FailLevel.parse(value)
                .orElseThrow(() -> new InvalidParameter("failOn", FAIL_ON_PROPERTY, value, FailLevel.ids()).toException());
    }

    @Override
    protected Severity verdictThreshold() {
        return threshold.threshold();
    }

    @Override
    protected void conclude(Result result, List<Path> reports) throws MojoFailureException {
        CheckOutcome outcome = CheckOutcome.of(result, threshold, reports, breakdown(result), consoleListing());
        for (ConsoleListing.Line line : outcome.listing()) {
            if (line.failing()) {
                getLog().error(line.text());
            } else {
                getLog().warn(line.text());
            }
        }
        if (outcome.failure().isPresent()) {
            throw new MojoFailureException(outcome.failure().get());
        }
    }
}
