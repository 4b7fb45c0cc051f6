package org.acme.emr;

/** Sends alerts to providers through the hospital's mail relay. */
public class MessageSender {

    // lawful: not-personal
    private String smtpHost;

    // lawful: not-personal
    private String senderAddress;

    // lawful: not-personal
    private int port;
}
