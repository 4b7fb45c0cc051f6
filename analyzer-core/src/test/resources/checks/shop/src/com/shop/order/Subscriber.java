package com.shop.order;

public record Subscriber(
        // marketing allows only consent, the declaration says contract
        // lawful: finding legal-basis-not-allowed
        String email,
        boolean confirmed) {
}
