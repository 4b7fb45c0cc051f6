package com.example.customerrelationshipmanagement.marketing.subscriptions;

public class NewsletterSubscriptionPreferencesOfTheCustomer {

    // lawful: personal user.government_id.national_identification_number_of_the_subscriber (declared by the annotation)
    @PersonalData(category = "user.government_id.national_identification_number_of_the_subscriber",
            purpose = "newsletter-subscription-management", legalBasis = "contract",
            retention = "until-the-subscription-is-cancelled")
    private String subscriberPersonnummerAsWrittenOnTheSubscriptionForm;
}
