package se.exempel.arende;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** En part i ärendet: en privatperson eller en organisation. */
@Entity
@Table(name = "intressent")
public class Intressent {
    // lawful: personal user.unique_id
    @Id
    @GeneratedValue
    private Long id;

    // lawful: not-personal
    @ManyToOne
    private Arende arende;

    // lawful: not-personal
    private String typ;

    // lawful: personal user.name
    private String fornamn;

    // lawful: personal user.name
    private String efternamn;

    // lawful: personal user.government_id
    private String personnummer;

    // lawful: link
    private String partyId;

    // lawful: not-personal
    private String organisationsnamn;

    // lawful: not-personal
    private String organisationsnummer;

    // lawful: personal user.name
    private String firmatecknare;

    // lawful: personal user.account.username
    private String anvandarnamn;

    // lawful: not-personal
    @ElementCollection
    private List<String> roller;

    // lawful: personal user.contact
    @OneToMany
    private List<Kontaktuppgift> kontaktuppgifter;

    // lawful: link
    @OneToMany
    private List<Adress> adresser;

    // lawful: not-personal
    private OffsetDateTime skapad;
}
