package se.exempel.kund;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

@Entity
@Table(name = "kund")
public class Kund {

    @Id
    // lawful: personal user.unique_id
    private Long id;

    // lawful: personal user.government_id
    private String personnummer;

    // lawful: personal user.name
    private String fornamn;

    // lawful: personal user.name
    private String efternamn;

    // lawful: personal user.contact.email
    private String epost;

    // lawful: personal user.contact.phone_number
    private String telefonnummer;

    // lawful: personal user.contact.phone_number
    private String mobilnummer;

    // lawful: personal user.contact.address
    private String gatuadress;

    // lawful: personal user.contact.address
    private String postnummer;

    // lawful: personal user.contact.address
    private String postort;

    // lawful: personal user.demographic.date_of_birth
    private LocalDate fodelsedatum;

    // lawful: personal user.demographic.gender
    private String kön;

    // lawful: not-personal
    private LocalDateTime skapad;

    // lawful: not-personal
    private boolean aktiv;

    // lawful: link
    @OneToMany(mappedBy = "kund")
    private List<Order> ordrar;

    // lawful: not-personal
    private String kundtyp;
}
