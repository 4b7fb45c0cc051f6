package dev.lawful.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata of a check, beside its code: the id findings carry, the default severity,
 * a one-line summary and the documentation that reports and generated docs show.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckInfo {

    /** Stable, kebab-case id ({@code personal-data-undeclared}). */
    String id();

    Severity severity();

    /** One sentence, no trailing period. */
    String summary();

    /** Markdown: what the check finds, why it matters under the GDPR, and how to fix it. */
    String docs();
}
