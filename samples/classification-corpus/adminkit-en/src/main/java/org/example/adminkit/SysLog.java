package org.example.adminkit;

public class SysLog {

    // lawful: not-personal
    private Long id;

    // lawful: personal user.account.username
    private String username;

    // lawful: not-personal
    private String method;

    // lawful: not-personal
    private String logType;

    // lawful: personal user.device.ip_address
    private String requestIp;

    // lawful: personal user.device.user_agent
    private String browser;

    // lawful: not-personal
    private Long time;
}
