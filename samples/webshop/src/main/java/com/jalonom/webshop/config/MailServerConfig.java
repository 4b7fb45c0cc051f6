package com.jalonom.webshop.config;

/** The SMTP relay the shop sends order confirmations through. */
public record MailServerConfig(String host, int port, boolean startTls) {
    // lawful: not-personal
}
