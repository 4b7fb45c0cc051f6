package se.exempel.support;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A message sent or received in a support errand, as the errand's log shows it. */
public class Kommunikation {
    // lawful: not-personal
    private String communicationId;

    // lawful: not-personal
    private String errandNumber;

    // lawful: not-personal
    private String direction;

    // lawful: not-personal
    private String messageBody;

    // lawful: not-personal
    private OffsetDateTime sent;

    // lawful: not-personal
    private String subject;

    // lawful: personal user.contact.email
    private List<String> recipients;

    // lawful: personal user.contact.email
    private List<String> ccRecipients;

    // lawful: not-personal
    private boolean internal;

    // lawful: not-personal
    private Boolean viewed;

    // lawful: not-personal
    private Map<String, List<String>> emailHeaders;

    // lawful: not-personal
    private List<Bilaga> attachments;
}
