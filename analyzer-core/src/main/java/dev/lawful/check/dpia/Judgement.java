package dev.lawful.check.dpia;

import java.util.List;

/**
 * Whether one criterion of the DPIA screening is met, and why.
 *
 * @param evidence what in the policy or the code meets it, each with its place; when it is
 *     not met, one line saying what was looked for
 */
public record Judgement(String id, String title, String reference, boolean met, List<String> evidence) {

    public Judgement {
        evidence = List.copyOf(evidence);
    }
}
