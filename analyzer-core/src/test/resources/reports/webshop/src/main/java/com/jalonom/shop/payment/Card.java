package com.jalonom.shop.payment;

public class Card {

    @PersonalData(category = "user.financial.credit_card", purpose = "order-handling", legalBasis = "contract")
    private String cardNumber; // lawful: personal user.financial.credit_card; finding retention-missing

    private String brand; // lawful: not-personal
}
