package com.example.shop;

/** Not personal data. */
public record Product(String sku, String name, long priceCents) {
    // lawful: not-personal
}
