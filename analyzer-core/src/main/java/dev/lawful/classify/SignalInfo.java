package dev.lawful.classify;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata of a classification signal, beside its code: the id its weight and its
 * evidence carry, and what it reads (shown in generated docs and by {@code lawful explain}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SignalInfo {

    /** Stable, kebab-case id; the key of its weight in {@code weights.yaml}. */
    String id();

    /** One sentence, no trailing period. */
    String summary();
}
