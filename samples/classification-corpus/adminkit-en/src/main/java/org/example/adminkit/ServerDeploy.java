package org.example.adminkit;

/** A server that the admin console deploys applications to. */
public class ServerDeploy {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String ip;

    // lawful: not-personal
    private Integer port;

    // lawful: not-personal
    private String account;

    // lawful: not-personal
    private String password;
}
