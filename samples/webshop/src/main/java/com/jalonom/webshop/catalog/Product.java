package com.jalonom.webshop.catalog;

import java.math.BigDecimal;

/** A product in the catalogue. */
public class Product {
    // lawful: not-personal (a product's name is not a person's)

    private String sku;
    private String name;
    private String description;
    private BigDecimal price;

    public String getSku() {
        return sku;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getPrice() {
        return price;
    }
}
