package com.jalonom.shop.tracking;

public final class Tracker {

    // lawful: recipient google-analytics (HOST)
    static final String ENDPOINT = "https://www.google-analytics.com/collect";
}
