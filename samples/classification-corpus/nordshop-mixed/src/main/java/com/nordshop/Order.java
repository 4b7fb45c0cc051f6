package com.nordshop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** An order; addresses are copied onto it at checkout. */
public class Order {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String orderNr;

    // lawful: link
    private Customer customer;

    // lawful: link
    private String kundnr;

    // lawful: personal user.contact.address
    private String leveransadress;

    // lawful: personal user.contact.address
    private String fakturaadress;

    // lawful: personal user.contact.email
    private String kvittoEpost;

    // lawful: not-personal
    private String leveranssatt;

    // lawful: not-personal
    private BigDecimal totalBelopp;

    // lawful: not-personal
    private BigDecimal moms;

    // lawful: not-personal
    private BigDecimal porto;

    // lawful: not-personal
    private String rabattkod;

    // lawful: not-personal
    private String status;

    // lawful: not-personal
    private int sortIndex;

    // lawful: not-personal
    private Instant created;

    // lawful: not-personal
    private List<OrderRow> rows;
}
