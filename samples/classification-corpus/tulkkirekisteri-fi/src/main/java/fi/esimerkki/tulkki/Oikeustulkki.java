package fi.esimerkki.tulkki;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.util.Set;

/** A court interpreter's entry: what they may publish, where they work and in which languages. */
@Entity
public class Oikeustulkki {
    // lawful: personal user.unique_id
    @Id
    @GeneratedValue
    private Long id;

    // lawful: link
    @ManyToOne
    private Tulkki tulkki;

    // lawful: not-personal
    private String tutkintoTyyppi;

    // lawful: personal user.privacy_preferences
    private boolean julkaisulupa;

    // lawful: personal user.privacy_preferences
    private boolean julkaisulupaEmail;

    // lawful: personal user.privacy_preferences
    private boolean julkaisulupaPuhelinnumero;

    // lawful: personal user.contact
    private String muuYhteystieto;

    // lawful: not-personal
    private String lisatiedot;

    // lawful: not-personal
    @OneToMany(mappedBy = "oikeustulkki")
    private Set<Sijainti> sijainnit;

    // lawful: not-personal
    @OneToMany(mappedBy = "oikeustulkki")
    private Set<Kielipari> kieliparit;

    // lawful: not-personal
    @OneToMany(mappedBy = "oikeustulkki")
    private Set<SahkopostiMuistutus> sahkopostiMuistutukset;

    // lawful: not-personal
    private boolean poistettu;

    // lawful: link
    private String poistaja;
}
