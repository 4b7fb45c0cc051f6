package com.nordshop;

import java.math.BigDecimal;

/** One line of an order. */
public class OrderRow {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String artikelnr;

    // lawful: not-personal
    private int antal;

    // lawful: not-personal
    private BigDecimal styckpris;
}
