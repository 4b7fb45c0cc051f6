package com.nordshop;

/** A product review. */
public class Review {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private Product product;

    // lawful: link
    private Customer customer;

    // lawful: personal user.name
    private String visningsnamn;

    // lawful: not-personal
    private int betyg;

    // lawful: not-personal
    private String rubrik;

    // lawful: not-personal
    private boolean godkand;
}
