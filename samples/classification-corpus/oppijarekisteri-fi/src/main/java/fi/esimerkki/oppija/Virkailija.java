package fi.esimerkki.oppija;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** Oppilaitoksen tai viraston virkailija. */
@Entity
public class Virkailija {
    // lawful: personal user.unique_id
    @Id
    @GeneratedValue
    private Long id;

    // lawful: personal user.account.username
    private String kayttajatunnus;

    // lawful: personal user.name
    private String etunimet;

    // lawful: personal user.name
    private String sukunimi;

    // lawful: personal user.contact.email
    private String tyosahkoposti;

    // lawful: personal user.professional_information.job_title
    private String tehtavanimike;

    // lawful: not-personal
    private boolean vahvastiTunnistettu;

    // lawful: personal user.authorization.credentials
    private String salasana;
}
