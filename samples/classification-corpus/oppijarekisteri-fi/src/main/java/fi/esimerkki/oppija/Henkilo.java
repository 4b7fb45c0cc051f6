package fi.esimerkki.oppija;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Date;
import java.util.Set;

/** Oppijanumerorekisterin henkilö. */
@Entity
@Table(name = "henkilo")
public class Henkilo {
    // lawful: personal user.unique_id
    @Id
    @GeneratedValue
    private Long id;

    // lawful: personal user.unique_id
    private String oppijanumero;

    // lawful: personal user.government_id
    private String hetu;

    // lawful: personal user.government_id
    @ElementCollection
    private Set<String> kaikkiHetut;

    // lawful: personal user.name
    private String etunimet;

    // lawful: personal user.name
    private String kutsumanimi;

    // lawful: personal user.name
    private String sukunimi;

    // lawful: personal user.demographic.gender
    private String sukupuoli;

    // lawful: personal user.demographic.date_of_birth
    private LocalDate syntymaaika;

    // lawful: personal user.demographic.language
    private String aidinkieli;

    // lawful: personal user.demographic.language
    private String asiointikieli;

    // lawful: personal user.demographic.citizenship_or_immigration_status
    @ElementCollection
    private Set<String> kansalaisuudet;

    // lawful: personal user.contact.address.city
    private String kotikunta;

    // lawful: personal user.government_id.passport_number
    @ElementCollection
    private Set<String> passinumerot;

    // lawful: personal user.contact
    @OneToMany
    private Set<YhteystietoRyhma> yhteystiedot;

    // lawful: link
    @OneToMany
    private Set<Huoltaja> huoltajat;

    // lawful: not-personal
    private boolean yksiloity;

    // lawful: not-personal
    private boolean passivoitu;

    // lawful: not-personal
    private boolean eiSuomalaistaHetua;

    // lawful: not-personal
    private Date luotu;

    // lawful: not-personal
    private Date muokattu;

    // lawful: link
    private String kasittelijaOid;
}
