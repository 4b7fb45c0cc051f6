package dev.lawful.check;

/**
 * How to resolve a finding, ready to copy.
 *
 * @param summary one sentence
 * @param yaml a rule-file snippet that resolves it, or null
 * @param annotation a Java annotation that resolves it, or null
 */
public record Fix(String summary, String yaml, String annotation) {
}
