package org.example.diarium;

import java.util.Map;

/** A user of the municipality's case registry: a member of staff. */
public class Anvandare {
    // expected: user.unique_id
    private Long identity;
    // expected: user.name
    private String namn;
    // expected: user.contact.email
    private String epostadress;
}

/** A case in the registry, with the staff who registered and handle it. */
class Arende {
    // expected: not personal
    private Long identity;
    // expected: not personal
    private String mening;
    // expected: a link
    private Anvandare registrator;
    // expected: a link
    private Anvandare handlaggare;
    // expected: not personal
    private Diarium diarium;
}

/** The registry itself: it gathers every user by signature, so it is about none of them. */
class Diarium {
    // expected: not personal
    private String namn;
    private Map<String, Anvandare> anvandareBySignatur;
}
