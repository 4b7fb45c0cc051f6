package se.acme.webbutik;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

@Entity
public class Faktura {

    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: not-personal
    private String fakturanummer;

    // lawful: link
    @ManyToOne
    private Kund kund;

    // lawful: not-personal
    private LocalDate forfallodatum;

    // lawful: personal user.contact.address
    private String fakturaadress;

    // lawful: personal user.name
    private String erReferens;

    // lawful: not-personal
    private boolean betald;

    // lawful: not-personal
    private String ocrNummer;
}
