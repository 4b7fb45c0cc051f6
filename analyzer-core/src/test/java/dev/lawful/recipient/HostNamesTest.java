package dev.lawful.recipient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostNamesTest {

    @Test
    void theAuthorityOfEveryUrlIsAHost() {
        assertEquals(List.of("www.google-analytics.com"), HostNames.in("https://www.google-analytics.com/collect?v=1"));
        assertEquals(List.of("api.stripe.com"), HostNames.in("HTTPS://API.Stripe.com:443/v1/charges"));
        assertEquals(List.of("cdn.segment.com"), HostNames.in("//cdn.segment.com/analytics.js"));
        assertEquals(List.of("hooks.slack.com"), HostNames.in("https://user:secret@hooks.slack.com/services/x"));
        assertEquals(List.of("api.segment.io", "api.eu1.segmentapis.com"),
                HostNames.in("primary https://api.segment.io/v1, fallback wss://api.eu1.segmentapis.com"));
    }

    @Test
    void aBareHostNameIsAHost() {
        assertEquals(List.of("api.hubapi.com"), HostNames.in("api.hubapi.com"));
        assertEquals(List.of("smtp.sendgrid.net"), HostNames.in(" smtp.sendgrid.net:587 "));
        assertEquals(List.of("api.mixpanel.com"), HostNames.in("api.mixpanel.com/track"));
    }

    @Test
    void textThatIsNoHostHasNone() {
        assertEquals(List.of(), HostNames.in("Hello, world."));
        assertEquals(List.of(), HostNames.in("localhost"));
        assertEquals(List.of(), HostNames.in("see the manual at page 3.2 for details"));
        assertEquals(List.of(), HostNames.in("file:///tmp/x"));
    }
}
