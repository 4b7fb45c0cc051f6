package se.acme.webbutik;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

@Entity
@Table(name = "kund")
public class Kund {

    // lawful: personal user.unique_id
    @Id
    @GeneratedValue
    private Long id;

    // lawful: personal user.unique_id
    private String kundnummer;

    // lawful: personal user.government_id
    private String personnummer;

    // lawful: personal user.name
    private String fornamn;

    // lawful: personal user.name
    private String efternamn;

    // lawful: personal user.contact.email
    private String epost;

    // lawful: personal user.contact.phone_number
    private String telefon;

    // lawful: personal user.contact.phone_number
    private String mobilnummer;

    // lawful: link
    @OneToOne
    private Adress adress;

    // lawful: personal user.privacy_preferences
    private boolean nyhetsbrevSamtycke;

    // lawful: not-personal
    private boolean aktiv;

    // lawful: not-personal
    private LocalDateTime skapad;
}
