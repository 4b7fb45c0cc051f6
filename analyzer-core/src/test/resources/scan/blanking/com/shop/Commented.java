/*
 * Licensed to the shop under one or more agreements. REMOVED: a license header is read by no one.
 */
package com.shop;

import java.util.List;
import static java.util.Objects.requireNonNull;
import java.util.concurrent.*;
import java.util /* REMOVED: a comment inside an import */ .Map;
import com.shop.
    Customer;
import com.shop.\u0041ddress;

/** KEPT: the type's Javadoc says what it holds. */
public class Commented {

    /** KEPT: a field's Javadoc is evidence. */
    private String email; // REMOVED: a line comment after a field

    /** REMOVED: a constructor's Javadoc. */
    public Commented(String email) {
        this.email = requireNonNull(email);
    }

    /** REMOVED: a method's Javadoc. */
    @Deprecated
    public String describe() {
        // REMOVED: a comment in a body
        return email;
    }

    /* REMOVED: a block comment */ private /* REMOVED */ int visits;

    /** KEPT: an abstract method has no body to blank. */
    abstract void visit(Map<String, List<Customer>> visits);
}
