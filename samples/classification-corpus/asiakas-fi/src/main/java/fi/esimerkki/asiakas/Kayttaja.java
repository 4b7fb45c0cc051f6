package fi.esimerkki.asiakas;

import java.time.Instant;

public class Kayttaja {

    // lawful: personal user.unique_id
    private Long id;

    // lawful: personal user.account.username
    private String kayttajatunnus;

    // lawful: personal user.authorization.credentials
    private String salasana;

    // lawful: personal user.contact.email
    private String email;

    // lawful: personal user.name
    private String koko_nimi;

    // lawful: not-personal
    private Instant viimeksiKirjautunut;

    // lawful: personal user.device.ip_address
    private String viimeisinIpOsoite;

    // lawful: not-personal
    private String rooli;
}
