package org.example.support;

/** The person who opened a support ticket: "requester" is a technical word, but a surname beside an e-mail and a phone says person. */
public class TicketRequester {
    // expected: user.contact.email
    private String email;
    // expected: user.contact.phone_number
    private String phoneNumber;
    // expected: user.name.last
    private String lastName;
}

/** A technical type with one surname-like setting and nothing else of a person's: still technical. */
class MailRequester {
    // expected: not personal
    private String host;
    // expected: not personal
    private String senderName;
    // expected: not personal
    private int port;
}
