package org.example.loanbook.accounting;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
public class TrialBalance {

    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: not-personal
    private Long officeId;

    // lawful: not-personal
    private Long glAccountId;

    // lawful: not-personal
    private BigDecimal openingBalance;

    // lawful: not-personal
    private BigDecimal closingBalance;

    // lawful: not-personal
    private LocalDate entryDate;
}
