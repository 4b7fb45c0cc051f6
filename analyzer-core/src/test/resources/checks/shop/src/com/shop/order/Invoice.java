package com.shop.order;

public class Invoice {

    private String invoiceNumber;

    // accounting-law refines legal-obligation, which invoicing allows; no retention rule names it
    // lawful: finding retention-missing
    private String billingEmail;

    // a retention rule covers phone numbers by category, so retention is not missing
    private String billingPhone;

    // lawful: finding personal-data-undeclared
    private String lastName;
}
