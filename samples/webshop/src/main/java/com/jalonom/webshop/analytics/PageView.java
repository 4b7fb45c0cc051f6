package com.jalonom.webshop.analytics;

/** One page view sent to Google Analytics. */
public record PageView(
        String clientId,
        String ipAddress,        // lawful: personal-data-undeclared (IP address)
        String userAgent,
        String pageUrl) {
}
