package dev.lawful.report;

import dev.lawful.scan.FlowStep;
import java.util.List;
import java.util.stream.Collectors;

/** A flow finding's path as one line of text, for the console, the text report and the build log. */
public final class FlowPaths {

    private FlowPaths() {
    }

    /**
     * {@code customer.getEmail() (line 20) -> message (line 20) -> log.info(message) (line 21)};
     * a step in another file than the call's names its file.
     */
    public static String describe(List<FlowStep> path) {
        String callFile = path.isEmpty() ? null : path.get(path.size() - 1).file();
        return path.stream().map(step -> describe(step, callFile)).collect(Collectors.joining(" -> "));
    }

    private static String describe(FlowStep step, String callFile) {
        if (step.line() <= 0) {
            return step.label();
        }
        boolean elsewhere = step.file() != null && !step.file().equals(callFile);
        return step.label() + (elsewhere ? " (" + step.file() + ":" + step.line() + ")" : " (line " + step.line() + ")");
    }
}
