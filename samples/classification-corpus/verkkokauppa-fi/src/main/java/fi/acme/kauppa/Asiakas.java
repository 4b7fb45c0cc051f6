package fi.acme.kauppa;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.time.LocalDateTime;
import java.util.List;

@Entity
public class Asiakas {

    // lawful: personal user.unique_id
    @Id
    @GeneratedValue
    private Long id;

    // lawful: personal user.unique_id
    private String asiakasnumero;

    // lawful: personal user.government_id
    private String customerHetu;

    // lawful: personal user.name
    private String etunimi;

    // lawful: personal user.name
    private String sukunimi;

    // lawful: personal user.contact.email
    private String sahkoposti;

    // lawful: personal user.contact.phone_number
    private String puhelin;

    // lawful: personal user.contact.address
    private String osoite;

    // lawful: personal user.contact.address
    private String postinumero;

    // lawful: personal user.contact.address
    private String postitoimipaikka;

    // lawful: personal user.privacy_preferences
    private Boolean suoramarkkinointiLupa;

    // lawful: not-personal
    private boolean aktiivinen;

    // lawful: not-personal
    private LocalDateTime luotu;

    // lawful: link
    @OneToMany(mappedBy = "asiakas")
    private List<Tilaus> tilaukset;
}
