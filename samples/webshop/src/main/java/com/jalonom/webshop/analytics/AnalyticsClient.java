package com.jalonom.webshop.analytics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Sends events to Google Analytics (Measurement Protocol): a transfer to the US. */
public class AnalyticsClient {

    private static final String COLLECT_URL = "https://www.google-analytics.com/mp/collect";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String measurementId;

    public AnalyticsClient(String measurementId) {
        this.measurementId = measurementId;
    }

    public void send(AnalyticsEvent event) throws Exception {
        String body = "{\"client_id\":\"" + event.clientId() + "\",\"events\":[{\"name\":\"" + event.eventType() + "\"}]}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(COLLECT_URL + "?measurement_id=" + measurementId))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
