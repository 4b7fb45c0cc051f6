package fi.esimerkki.terveys;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Terveysaseman potilas. */
@Entity
@Table(name = "potilas")
public class Potilas {

    @Id
    // lawful: personal user.unique_id
    private Long id;

    // lawful: personal user.government_id.national_identification_number
    private String hetu;

    // lawful: personal user.name.first
    private String etunimet;

    // lawful: personal user.name.first
    private String kutsumanimi;

    // lawful: personal user.name.last
    private String sukunimi;

    // lawful: personal user.demographic.date_of_birth
    private LocalDate syntymapaiva;

    // lawful: personal user.demographic.age_range
    private int ika;

    // lawful: personal user.demographic.gender
    private String sukupuoli;

    // lawful: personal user.demographic.language
    private String aidinkieli;

    // lawful: personal user.demographic.citizenship_or_immigration_status
    private String kansalaisuus;

    // lawful: personal user.contact.address
    private String lahiosoite;

    // lawful: personal user.contact.address.postal_code
    private String postinumero;

    // lawful: personal user.contact.address.city
    private String postitoimipaikka;

    // lawful: personal user.contact.address.city
    private String kotikunta;

    // lawful: personal user.contact.phone_number
    private String matkapuhelin;

    // lawful: personal user.contact.email
    private String sposti;

    // lawful: personal user.health
    private String veriryhma;

    // lawful: personal user.health
    private String allergiat;

    // lawful: personal user.health
    @OneToMany(mappedBy = "potilas")
    private List<Diagnoosi> diagnoosit;

    // lawful: link
    @ManyToOne
    private Tyontekija omalaakari;

    // lawful: link
    @OneToMany(mappedBy = "potilas")
    private List<Huoltaja> huoltajat;

    // lawful: not-personal
    private LocalDateTime luotu;

    // lawful: not-personal
    private boolean arkistoitu;
}
