package se.acme.webbutik;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Leverantor {

    // lawful: not-personal
    @Id
    private Long id;

    // lawful: not-personal
    private String foretagsnamn;

    // lawful: not-personal
    private String orgnr;

    // lawful: personal user.name
    private String kontaktperson;

    // lawful: personal user.contact.email
    private String kontaktEpost;

    // lawful: personal user.contact.phone_number
    private String kontaktTelefon;

    // lawful: not-personal
    private String bankgiro;
}
