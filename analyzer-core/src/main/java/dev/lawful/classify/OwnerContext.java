package dev.lawful.classify;

/**
 * Whom the type that declares a field is about, and why.
 *
 * @param reason readable: which name or which fields decided
 * @param strength how sure the reading is, 0..1
 */
record OwnerContext(Kind kind, String reason, double strength) {

    enum Kind { PERSON, NOT_PERSON, UNKNOWN }

    static final OwnerContext UNKNOWN = new OwnerContext(Kind.UNKNOWN, "no person context found", 0);

    boolean isPerson() {
        return kind == Kind.PERSON;
    }

    boolean isNotPerson() {
        return kind == Kind.NOT_PERSON;
    }
}
