package fi.esimerkki.oppija;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;

/** Käyttöoikeusanomus. */
@Entity
public class Anomus {
    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: link
    @ManyToOne
    private Henkilo henkilo;

    // lawful: link
    @ManyToOne
    private Henkilo kasittelija;

    // lawful: not-personal
    private String organisaatioOid;

    // lawful: personal user.professional_information.job_title
    private String tehtavanimike;

    // lawful: personal user.contact.email
    private String sahkopostiosoite;

    // lawful: personal user.contact.phone_number
    private String puhelinnumero;

    // lawful: personal user.contact.phone_number
    private String matkapuhelinnumero;

    // lawful: not-personal
    private String perustelut;

    // lawful: not-personal
    private LocalDateTime anottuPvm;

    // lawful: not-personal
    private String hylkaamisperuste;
}
