package se.exempel.lon;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** En anställd i lönesystemet. */
@Entity
@Table(name = "anstalld")
public class Anstalld {

    @Id
    // lawful: personal user.unique_id
    private Long id;

    // lawful: personal user.unique_id
    private String anstallningsnummer;

    // lawful: personal user.government_id.national_identification_number
    private String persnr;

    // lawful: personal user.name.first
    private String fornamn;

    // lawful: personal user.name.first
    private String tilltalsnamn;

    // lawful: personal user.name
    private String mellannamn;

    // lawful: personal user.name.last
    private String efternamn;

    // lawful: personal user.demographic.gender
    private String kon;

    // lawful: personal user.demographic.date_of_birth
    private LocalDate fdatum;

    // lawful: personal user.demographic.age_range
    private Integer alder;

    // lawful: personal user.demographic.citizenship_or_immigration_status
    private String medborgarskap;

    // lawful: personal user.contact.email
    private String epostadress;

    // lawful: personal user.contact.email
    @Column(name = "privat_mejl")
    private String privatMejl;

    // lawful: personal user.contact.phone_number
    private String mobilnr;

    // lawful: personal user.contact.phone_number
    private String telnrArbete;

    // lawful: personal user.contact.address
    private String utdelningsadress;

    // lawful: personal user.contact.address
    @Column(name = "co_adress")
    private String coAdress;

    // lawful: personal user.contact.address.postal_code
    private String postnr;

    // lawful: personal user.contact.address.city
    private String ort;

    // lawful: personal user.professional_information.job_title
    private String befattning;

    // lawful: personal user.financial
    private BigDecimal manadslon;

    // lawful: personal user.financial
    private BigDecimal timlon;

    // lawful: personal user.financial
    private Integer skattetabell;

    // lawful: personal user.financial
    private BigDecimal skattejamkning;

    // lawful: personal user.financial.bank_account
    private String clearingnummer;

    // lawful: personal user.financial.bank_account
    private String kontonummer;

    // lawful: personal user.demographic.union_membership
    private String fackforbund;

    // lawful: link
    @ManyToOne
    private Anstalld chef;

    // lawful: not-personal
    @ManyToOne
    private Avdelning avdelning;

    // lawful: link
    @OneToMany(mappedBy = "anstalld")
    private List<Anhorig> anhoriga;

    // lawful: not-personal
    private LocalDate anstallningsdatum;

    // lawful: not-personal
    private String anstallningsform;

    // lawful: not-personal
    private LocalDateTime senastAndrad;

    // lawful: not-personal
    private boolean aktiv;
}
