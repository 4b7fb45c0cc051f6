package org.example.loanbook.client;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

@Entity
public class LoanAccount {

    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: link
    @ManyToOne
    private Customer customer;

    // lawful: personal user.financial
    private BigDecimal principalOutstanding;

    // lawful: not-personal
    private BigDecimal interestRatePerPeriod;

    // lawful: not-personal
    private Integer numberOfRepayments;

    // lawful: link
    @ManyToOne
    private Staff loanOfficer;
}
