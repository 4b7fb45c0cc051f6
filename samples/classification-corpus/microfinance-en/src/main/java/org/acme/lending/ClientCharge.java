package org.acme.lending;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
public class ClientCharge {

    // lawful: link
    @ManyToOne
    @JoinColumn(name = "client_id")
    private Client client;

    // lawful: personal user.financial
    @Column(name = "amount_outstanding_derived")
    private BigDecimal amountOutstanding;

    // lawful: not-personal
    @Column(name = "due_for_collection_as_of_date")
    private LocalDate dueDate;

    // lawful: not-personal
    @Column(name = "is_penalty")
    private boolean penaltyCharge;
}
