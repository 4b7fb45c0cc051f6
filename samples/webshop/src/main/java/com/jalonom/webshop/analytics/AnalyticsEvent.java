package com.jalonom.webshop.analytics;

/**
 * One event sent to Google Analytics. Added by the growth team without telling the
 * compliance lead: nothing here is declared.
 */
public record AnalyticsEvent(
        String clientId,         // lawful: personal-data-undeclared, category-undisclosed (cookie id)
        String ipAddress,        // lawful: personal-data-undeclared (IP address)
        String userAgent,        // lawful: personal-data-undeclared, category-undisclosed (user agent)
        String pageUrl,
        String eventType) {
}
