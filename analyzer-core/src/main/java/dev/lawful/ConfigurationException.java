package dev.lawful;

import java.util.List;
import java.util.stream.Collectors;

/** The analysis cannot start: a rule file or a setting is wrong. Exit code 2 at the CLI. */
public final class ConfigurationException extends Exception {

    private final List<Problem> problems;

    public ConfigurationException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public ConfigurationException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
