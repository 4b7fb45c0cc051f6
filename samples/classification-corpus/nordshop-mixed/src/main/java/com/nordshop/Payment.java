package com.nordshop;

import java.math.BigDecimal;
import java.time.Instant;

/** A payment made with Swish, Klarna, MobilePay or a card. */
public class Payment {

    // lawful: not-personal
    private Long id;

    // lawful: link
    private Order order;

    // lawful: not-personal
    private String method;

    // lawful: personal user.contact.phone_number
    private String swishNummer;

    // lawful: personal user.government_id.national_identification_number
    private String personnummer;

    // lawful: personal user.financial.bank_account
    private String clearingnr;

    // lawful: personal user.financial.bank_account
    private String kontonr;

    // lawful: not-personal
    private String betalningsreferens;

    // lawful: not-personal
    private BigDecimal belopp;

    // lawful: not-personal
    private Instant paidAt;
}
