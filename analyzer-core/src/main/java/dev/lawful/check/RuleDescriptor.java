package dev.lawful.check;


/**
 * What reports say about a rule: the metadata of a check's {@link CheckInfo}, as a value
 * that policy-lint rules (which are not check classes) can have too.
 *
 * @param summary one sentence, no trailing period
 * @param docs Markdown: what the rule finds, why it matters, how to fix it
 */
public record RuleDescriptor(String id, Severity severity, String summary, String docs) {

    public static RuleDescriptor of(CheckInfo info) {
        return new RuleDescriptor(info.id(), info.severity(), info.summary(), info.docs());
    }
}
