package dev.lawful.classify;

/**
 * Whom the type that declares a field is about, and why.
 *
 * @param reason readable: which name or which fields decided
 * @param strength how sure the reading is, 0..1
 * @param technical for {@link Kind#NOT_PERSON}: the type is technical (a template, a client
 *     configuration), not a thing of the business (a store, a product)
 * @param category the data category the type is named for (Address, CreditCard), or null
 */
record OwnerContext(Kind kind, String reason, double strength, boolean technical, String category) {

    enum Kind { PERSON, NOT_PERSON, UNKNOWN }

    static final OwnerContext UNKNOWN = new OwnerContext(Kind.UNKNOWN, "no person context found", 0, false, null);

    OwnerContext(Kind kind, String reason, double strength) {
        this(kind, reason, strength, false, null);
    }

    boolean isPerson() {
        return kind == Kind.PERSON;
    }

    boolean isNotPerson() {
        return kind == Kind.NOT_PERSON;
    }

    /** The same reading, said of a related type. */
    OwnerContext via(String prefix, double maxStrength) {
        return new OwnerContext(kind, prefix + reason, Math.min(strength, maxStrength), technical, category);
    }
}
