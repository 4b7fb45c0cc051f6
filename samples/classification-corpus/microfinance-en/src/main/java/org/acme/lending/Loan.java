package org.acme.lending;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

@Entity
public class Loan {

    // lawful: link
    @ManyToOne
    private Client client;

    // lawful: not-personal
    private String accountNumber;

    // lawful: personal user.financial
    private BigDecimal principalOutstanding;

    // lawful: not-personal
    private BigDecimal nominalInterestRatePerPeriod;

    // lawful: link
    @ManyToOne
    private Staff loanOfficer;
}
