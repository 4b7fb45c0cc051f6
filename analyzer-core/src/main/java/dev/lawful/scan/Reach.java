package dev.lawful.scan;

import java.util.List;

/** One source that reaches a sink, and the steps in between, source first. */
public record Reach(FlowSource source, List<FlowStep> steps) {

    public Reach {
        steps = List.copyOf(steps);
    }
}
