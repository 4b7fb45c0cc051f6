package com.example.shop;

import java.math.BigDecimal;
import java.util.Set;

/** Something the shop sells. */
public class Product {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String description;

    // lawful: not-personal
    private String code;

    // lawful: not-personal
    private BigDecimal price;

    // lawful: not-personal
    private String title;

    // lawful: not-personal
    private String manufacturerName;

    // lawful: not-personal
    private String countryOfOrigin;

    // lawful: not-personal
    private Set<Category> categories;

    // lawful: not-personal
    private String imageUrl;

    // lawful: not-personal
    private int stockQuantity;
}
