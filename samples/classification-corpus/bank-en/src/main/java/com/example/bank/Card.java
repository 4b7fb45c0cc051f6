package com.example.bank;

import java.time.YearMonth;

public class Card {

    // lawful: not-personal
    private Long id;

    // lawful: personal user.financial.credit_card
    private String pan;

    // lawful: personal user.financial.credit_card
    private String maskedPan;

    // lawful: personal user.name
    private String nameOnCard;

    // lawful: personal user.financial.credit_card
    private YearMonth expiryDate;

    // lawful: personal user.authorization.credentials
    private String pinHash;

    // lawful: not-personal
    private boolean blocked;

    // lawful: link
    private AccountHolder cardholder;
}
