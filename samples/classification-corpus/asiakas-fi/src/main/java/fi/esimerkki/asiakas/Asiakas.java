package fi.esimerkki.asiakas;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

@Entity
@Table(name = "asiakas")
public class Asiakas {

    @Id
    // lawful: personal user.unique_id
    private Long id;

    // lawful: personal user.name
    private String etunimi;

    // lawful: personal user.name
    private String sukunimi;

    // lawful: personal user.government_id
    private String henkilotunnus;

    // lawful: personal user.contact.email
    private String sahkoposti;

    // lawful: personal user.contact.phone_number
    private String puhelinnumero;

    // lawful: personal user.contact.address
    private String katuosoite;

    // lawful: personal user.contact.address
    private String postinumero;

    // lawful: personal user.contact.address
    private String postitoimipaikka;

    // lawful: personal user.demographic.date_of_birth
    private LocalDate syntymaaika;

    // lawful: personal user.demographic.gender
    private String sukupuoli;

    // lawful: not-personal
    private LocalDateTime luotu;

    // lawful: not-personal
    private LocalDateTime muokattu;

    // lawful: link
    @OneToMany(mappedBy = "asiakas")
    private List<Tilaus> tilaukset;

    // lawful: not-personal
    private boolean aktiivinen;

    // lawful: personal user.demographic.language
    private String kieli;
}
