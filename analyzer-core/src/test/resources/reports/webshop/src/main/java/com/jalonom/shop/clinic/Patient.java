package com.jalonom.shop.clinic;

/** Customers of the shop's pharmacy service. */
public record Patient(
        String name, // lawful: personal user.name (declared: pharmacy)
        String diagnosis) { // lawful: personal user.health; findings personal-data-undeclared, special-category-without-condition
}
