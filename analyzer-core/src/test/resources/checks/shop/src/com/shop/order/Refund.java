package com.shop.order;

/** Suppressions: the developer has reviewed these and says so in code. */
public class Refund {

    @SuppressWarnings("lawful:personal-data-undeclared")
    private String lastName;

    @SuppressWarnings({"unchecked", "lawful"})
    private String diagnosis;

    // suppressing another rule leaves this one standing
    // lawful: finding personal-data-undeclared
    @SuppressWarnings("lawful:retention-missing")
    private String firstName;
}
