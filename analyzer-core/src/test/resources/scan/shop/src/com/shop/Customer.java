package com.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import com.stripe.*;
import static java.util.Objects.requireNonNull;

/** A customer of the web shop. */
@Entity
@Table(name = "kund", indexes = {"email_idx", "name_idx"})
public class Customer extends Person implements java.io.Serializable, Comparable<Customer> {

    // expect: constant, static and final
    private static final String API = "https://api.stripe.com/v1/charges";

    // expect: annotations Column{name=e_post, nullable=false} and Email{}; javadoc "Where receipts go."
    /** Where receipts go. */
    @Column(name = "e_post", nullable = false)
    @Email
    private String email;

    // expect: two fields from one declaration, the second with type String[]
    private String phone, phones[];

    // expect: type as written
    private java.util.List<Order> orders;

    // expect: a host literal is recorded, a dotted Java name is not
    private String host = "www.google-analytics.com";
    private String typeName = "java.lang.String";

    // expect: a nested class com.shop.Customer.Address with field street
    public static class Address {
        @JsonProperty("katu") String street;
    }

    // expect: a nested record with components, javadoc from @param
    /**
     * A saved card.
     *
     * @param holder the name on the card
     */
    public record Card(@NotNull String holder, String number) {
        static int count;
    }

    enum Tier { GOLD, SILVER; private int level; }

    interface Lookup { int LIMIT = 10; }

    void method() {
        // expect: a local class is a type, com.shop.Customer.Local
        class Local { String nick; }
        // expect: an anonymous class is not a type, and its fields are not reported
        Object anonymous = new Object() { String secret; };
    }
}
