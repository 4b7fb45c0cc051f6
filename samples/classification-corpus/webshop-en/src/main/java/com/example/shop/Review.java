package com.example.shop;

import java.time.Instant;

public class Review {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private Product product;

    // lawful: link
    private Customer author;

    // lawful: personal user.name
    private String authorName;

    // lawful: not-personal
    private int rating;

    // lawful: not-personal
    private String title;

    // lawful: not-personal
    private Instant createdAt;
}
