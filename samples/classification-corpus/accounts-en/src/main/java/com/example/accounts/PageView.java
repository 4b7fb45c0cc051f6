package com.example.accounts;

import java.time.Instant;

/** A page the admin console shows, counted per day. */
public class PageView {
    // lawful: not-personal
    private String title;

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private Instant viewedAt;

    // lawful: not-personal
    private long count;
}
