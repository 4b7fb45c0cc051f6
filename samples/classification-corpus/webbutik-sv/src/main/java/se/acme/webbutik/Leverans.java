package se.acme.webbutik;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import java.time.LocalDate;

@Entity
public class Leverans {

    // lawful: not-personal
    @Id
    private Long id;

    // lawful: link
    @OneToOne
    private Bestallning bestallning;

    // lawful: personal user.contact.address
    private String leveransadress;

    // lawful: personal user.name
    private String mottagare;

    // lawful: not-personal
    private String sparningsnummer;

    // lawful: not-personal
    private LocalDate leveransdatum;
}
