package org.acme.lending;

import java.net.http.HttpClient;

/** Sends text messages through the operator's gateway. */
public class SmsGatewayClient {

    // lawful: not-personal
    private final HttpClient httpClient;

    // lawful: not-personal
    private final String baseUrl;

    // lawful: not-personal
    private final String apiKey;

    // lawful: not-personal
    private final String senderName;

    // lawful: not-personal
    private final int timeoutMillis;

    SmsGatewayClient(HttpClient httpClient, String baseUrl, String apiKey, String senderName, int timeoutMillis) {
        this.httpClient = httpClient;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.senderName = senderName;
        this.timeoutMillis = timeoutMillis;
    }
}
