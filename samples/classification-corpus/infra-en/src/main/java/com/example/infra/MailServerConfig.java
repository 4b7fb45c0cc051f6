package com.example.infra;

import java.time.Duration;

public class MailServerConfig {

    // lawful: not-personal
    private String host;

    // lawful: not-personal
    private int port;

    // lawful: not-personal
    private String username;

    // lawful: not-personal
    private String password;

    // lawful: not-personal
    private String fromAddress;

    // lawful: not-personal
    private String replyToAddress;

    // lawful: not-personal
    private boolean startTls;

    // lawful: not-personal
    private Duration timeout;
}
