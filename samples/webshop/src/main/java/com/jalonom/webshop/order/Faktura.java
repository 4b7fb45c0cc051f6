package com.jalonom.webshop.order;

import com.jalonom.webshop.customer.Address;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An invoice (Swedish: faktura). Kept for bookkeeping; declared in lawful.yaml as "invoicing",
 * whose declaration forgot the legal basis.
 */
public class Faktura {

    private String fakturanummer;        // not personal: the invoice's own number
    private String kundnamn;             // lawful: legal-basis-missing (yaml invoicing names none)
    private Address fakturaadress;       // lawful: legal-basis-missing (address)
    private String iban;                 // lawful: legal-basis-missing, category-undisclosed (bank account)
    private BigDecimal belopp;
    private LocalDate forfallodatum;

    public String getFakturanummer() {
        return fakturanummer;
    }

    public String getKundnamn() {
        return kundnamn;
    }

    public Address getFakturaadress() {
        return fakturaadress;
    }

    public String getIban() {
        return iban;
    }

    public BigDecimal getBelopp() {
        return belopp;
    }

    public LocalDate getForfallodatum() {
        return forfallodatum;
    }
}
