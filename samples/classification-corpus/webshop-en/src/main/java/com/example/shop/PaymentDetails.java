package com.example.shop;

import java.time.YearMonth;

/** What the customer typed in the checkout form. */
public record PaymentDetails(
        // lawful: personal user.financial.credit_card
        String cardHolderName,
        // lawful: personal user.financial.credit_card
        String cardNumber,
        // lawful: personal user.financial.credit_card
        String cvv,
        // lawful: personal user.financial.credit_card
        YearMonth expiry,
        // lawful: personal user.contact.email
        String receiptEmail,
        // lawful: personal user.payment
        String paymentMethod) {
}
