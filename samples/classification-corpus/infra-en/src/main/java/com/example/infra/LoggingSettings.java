package com.example.infra;

import java.util.Map;

public class LoggingSettings {

    // lawful: not-personal
    private String level;

    // lawful: not-personal
    private Map<String, String> levels;

    // lawful: not-personal
    private String pattern;

    // lawful: not-personal
    private String fileName;

    // lawful: not-personal
    private boolean maskEmails;

    // lawful: not-personal
    private int maxHistory;
}
