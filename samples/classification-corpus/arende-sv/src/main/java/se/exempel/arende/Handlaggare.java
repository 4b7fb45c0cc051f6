package se.exempel.arende;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Kommunens handläggare. */
@Entity
public class Handlaggare {
    // lawful: personal user.unique_id
    @Id
    @GeneratedValue
    private Long id;

    // lawful: personal user.name
    private String namn;

    // lawful: personal user.contact.email
    private String epost;

    // lawful: personal user.contact.phone_number
    private String telefon;

    // lawful: personal user.professional_information.job_title
    private String titel;

    // lawful: not-personal
    private String avdelning;
}
