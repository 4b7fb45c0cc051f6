package org.example.loanbook.accounting;

import java.math.BigDecimal;
import java.time.LocalDate;

public class JournalEntryData {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private GlAccountData glAccount;

    // lawful: not-personal
    private BigDecimal amount;

    // lawful: not-personal
    private LocalDate transactionDate;

    // lawful: not-personal
    private boolean manualEntry;

    // lawful: link
    private Long createdByUserId;

    // lawful: link
    private String createdByUserName;
}
