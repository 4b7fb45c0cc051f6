package com.example.bank;

import java.math.BigDecimal;
import java.time.LocalDate;

public class BankAccount {

    // lawful: not-personal
    private Long id;

    // lawful: personal user.financial.bank_account
    private String iban;

    // lawful: not-personal
    private String bic;

    // lawful: personal user.financial
    private BigDecimal balance;

    // lawful: not-personal
    private String currency;

    // lawful: link
    private AccountHolder holder;

    // lawful: not-personal
    private LocalDate openedOn;

    // lawful: not-personal
    private String productCode;
}
