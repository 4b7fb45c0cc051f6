package com.jalonom.webshop.order;

import java.math.BigDecimal;

/** One product on an order: no personal data. */
public record OrderLine(String sku, String productName, int quantity, BigDecimal unitPrice) {
    // lawful: not-personal
}
