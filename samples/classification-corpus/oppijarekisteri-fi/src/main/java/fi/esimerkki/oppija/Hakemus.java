package fi.esimerkki.oppija;

import java.time.LocalDateTime;
import java.util.Map;

/** Hakemus koulutukseen. */
public class Hakemus {
    // lawful: not-personal
    private String hakemusOid;

    // lawful: link
    private String henkiloOid;

    // lawful: not-personal
    private String hakukohdeOid;

    // lawful: personal user.contact.email
    private String hakijanSahkoposti;

    // lawful: personal user.contact.phone_number
    private String hakijanPuhelinnumero;

    // lawful: not-personal
    private Integer hakutoive;

    // lawful: not-personal
    private Map<String, Object> lisatiedot;

    // lawful: not-personal
    private LocalDateTime jatetty;
}
