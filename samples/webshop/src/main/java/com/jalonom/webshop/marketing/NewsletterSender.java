package com.jalonom.webshop.marketing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Adds newsletter subscribers to the Mailchimp audience. Mailchimp is not among the
 * recipients the policy names (§8): lawful: recipient-undeclared.
 */
public class NewsletterSender {

    private static final String MEMBERS_URL = "https://us21.api.mailchimp.com/3.0/lists/%s/members";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String audienceId;

    public NewsletterSender(String audienceId) {
        this.audienceId = audienceId;
    }

    public void subscribe(NewsletterSubscription subscription) throws Exception {
        String body = "{\"email_address\":\"" + subscription.getEmail() + "\",\"status\":\"subscribed\"}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(MEMBERS_URL.formatted(audienceId)))
                .header("Authorization", "Bearer " + System.getenv("MAILCHIMP_API_KEY"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
