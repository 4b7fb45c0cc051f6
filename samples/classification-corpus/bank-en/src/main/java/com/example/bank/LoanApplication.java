package com.example.bank;

import java.math.BigDecimal;
import java.time.Instant;

public class LoanApplication {

    // lawful: not-personal
    private Long id;

    // lawful: link
    private AccountHolder applicant;

    // lawful: personal user.financial
    private BigDecimal annualIncome;

    // lawful: personal user.professional_information.workplace
    private String employerName;

    // lawful: personal user.demographic.marital_status
    private String maritalStatus;

    // lawful: not-personal
    private BigDecimal requestedAmount;

    // lawful: not-personal
    private int termMonths;

    // lawful: not-personal
    private String decision;

    // lawful: link
    private String reviewedBy;

    // lawful: not-personal
    private Instant submittedAt;
}
