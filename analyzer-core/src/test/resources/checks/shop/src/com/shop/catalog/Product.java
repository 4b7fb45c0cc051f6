package com.shop.catalog;

/** Nothing here is personal data: no findings expected. */
public class Product {

    private String name;

    private String sku;

    private long priceInCents;
}
