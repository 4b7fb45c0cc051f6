package com.example.bank;

import java.math.BigDecimal;
import java.time.Instant;

public class Transaction {

    // lawful: not-personal
    private String transactionId;

    // lawful: link
    private BankAccount account;

    // lawful: personal user.financial
    private BigDecimal amount;

    // lawful: personal user.name
    private String counterpartyName;

    // lawful: personal user.financial.bank_account
    private String counterpartyIban;

    // lawful: not-personal
    private String reference;

    // lawful: not-personal
    private Instant bookedAt;

    // lawful: not-personal
    private String merchantCategoryCode;

    // lawful: not-personal
    private String merchantName;
}
