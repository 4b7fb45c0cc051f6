package com.jalonom.webshop.marketing;

import com.jalonom.webshop.privacy.PersonalData;
import java.time.Instant;

/** A newsletter sign-up, kept as proof of consent. */
public class NewsletterSubscription {

    @PersonalData(category = "user.contact.email", purpose = "direct-marketing",
            legalBasis = "consent", retention = "newsletter-consent")
    private String email;                // lawful: declared (annotation)

    private boolean consentGiven;
    private Instant consentGivenAt;
    private String consentText;

    public String getEmail() {
        return email;
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public Instant getConsentGivenAt() {
        return consentGivenAt;
    }

    public String getConsentText() {
        return consentText;
    }
}
