package com.jalonom.webshop.marketing;

import com.jalonom.webshop.privacy.PersonalData;
import java.time.Instant;

/** A newsletter sign-up, kept as proof of consent. Declared for all its fields at once. */
@PersonalData(purpose = "marketing", legalBasis = "consent", retention = "newsletter-consent")
public class NewsletterSubscription {

    private String email;                // lawful: declared (class annotation)

    private boolean consentGiven;        // lawful: category-undisclosed (consent record: §6 does not mention one)
    private Instant consentGivenAt;      // lawful: category-undisclosed (consent record: §6 does not mention one)
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
