package com.example.shop;

import java.math.BigDecimal;

public class OrderLine {

    // lawful: not-personal
    private Long id;

    // lawful: link
    private Order order;

    // lawful: not-personal
    private Product product;

    // lawful: not-personal
    private String productName;

    // lawful: not-personal
    private int quantity;

    // lawful: not-personal
    private BigDecimal unitPrice;

    // lawful: not-personal
    private String sku;
}
