package se.exempel.support;

/** Who someone is in a conversation: an AD account or a party id. */
public class Identifierare {
    // lawful: not-personal
    private String type;

    // lawful: not-personal
    private String namespace;
}
