package dev.lawful;

/**
 * The one entry point: loads the policy, scans, classifies, binds declarations, runs the
 * checks and returns a {@link Result}. The CLI and the Maven plugin both call this.
 */
public final class Analyzer {

    private final AnalyzerConfig config;

    public Analyzer(AnalyzerConfig config) {
        this.config = config;
    }

    public AnalyzerConfig config() {
        return config;
    }

    /**
     * Runs the analysis.
     *
     * @throws ConfigurationException when a rule file or a setting is wrong
     */
    public Result run() throws ConfigurationException {
        throw new UnsupportedOperationException("pipeline lands in the next commit");
    }
}
