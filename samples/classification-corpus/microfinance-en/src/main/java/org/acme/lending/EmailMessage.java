package org.acme.lending;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

/** An e-mail queued for a client by a campaign. */
@Entity
public class EmailMessage {

    // lawful: link
    @ManyToOne
    private Client client;

    // lawful: link
    @ManyToOne
    private Staff staff;

    // lawful: personal user.contact.email
    private String emailAddress;

    // lawful: not-personal
    private String emailSubject;

    // lawful: not-personal
    private Integer statusType;

    // lawful: not-personal
    private LocalDate submittedOnDate;

    // lawful: not-personal
    private String campaignName;
}
