package com.example.shop;

import java.time.Duration;

/** Shop-wide settings loaded from application.yml. */
public class ShopSettings {

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String address;

    // lawful: not-personal
    private String supportEmailTemplate;

    // lawful: not-personal
    private String defaultCurrency;

    // lawful: not-personal
    private int pageSize;

    // lawful: not-personal
    private Duration cartTimeout;

    // lawful: not-personal
    private String logoFileName;
}
