package org.example.adminkit;

import java.sql.Timestamp;

public class DeployHistory {

    // lawful: not-personal
    private String id;

    // lawful: not-personal
    private String appName;

    // lawful: not-personal
    private Timestamp deployDate;

    // lawful: link
    private String deployUser;

    // lawful: not-personal
    private Long deployId;
}
