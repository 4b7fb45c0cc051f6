package com.example.infra;

import java.time.Duration;

public class CacheConfig {

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private Duration ttl;

    // lawful: not-personal
    private int maxEntries;

    // lawful: not-personal
    private String customerCacheName;

    // lawful: not-personal
    private boolean statisticsEnabled;
}
