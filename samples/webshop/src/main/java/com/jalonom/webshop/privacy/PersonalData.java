package com.jalonom.webshop.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, next to the field, why the shop holds a piece of personal data. Lawful reads any
 * annotation with this simple name, so the shop needs no Lawful dependency: the ids refer to
 * the rule file (lawful.yaml and the Jalonom policy it extends).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.TYPE, ElementType.RECORD_COMPONENT})
public @interface PersonalData {

    /** The data category id, e.g. {@code user.contact.email}. */
    String category() default "";

    /** Purpose ids from the policy. */
    String[] purpose() default {};

    /** A legal basis id from the policy. */
    String legalBasis() default "";

    /** A retention rule id from the policy. */
    String retention() default "";
}
