package dev.lawful.policy.load;

/** The kinds of entries that have ids and can be referred to from elsewhere in a policy. */
enum IdKind {
    LEGAL_BASIS("legal basis", "legalBases"),
    TRANSFER_MECHANISM("transfer mechanism", "transferMechanisms"),
    PURPOSE("purpose", "purposes"),
    CATEGORY("category", "categories"),
    RETENTION("retention rule", "retention"),
    SERVICE("service", "services"),
    SINK("sink", "sinks"),
    RECIPIENT("recipient", "recipients"),
    COOKIE_GROUP("cookie group", "cookies"),
    DECLARATION("declaration", "declarations"),
    SUBJECT("data subject", "subjects"),
    SECURITY_MEASURE("security measure", "securityMeasures");

    private final String label;
    private final String section;

    IdKind(String label, String section) {
        this.label = label;
        this.section = section;
    }

    /** How a message names it: "legal basis". */
    String label() {
        return label;
    }

    /** The top-level key of a rule file that holds entries of this kind. */
    String section() {
        return section;
    }

    /** The key that identifies one entry across files: "purposes/marketing". */
    String owner(String id) {
        return section + "/" + id;
    }
}
