package fi.esimerkki.asiakas;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Yrityksen työntekijä. */
public class Tyontekija {

    // lawful: personal user.unique_id
    private Long id;

    // lawful: personal user.name
    private String nimi;

    // lawful: personal user.government_id
    private String hetu;

    // lawful: personal user.contact.email
    private String sahkopostiosoite;

    // lawful: personal user.contact.phone_number
    private String puhelin;

    // lawful: personal user.contact.address
    private String kotiosoite;

    // lawful: personal user.financial.bank_account
    private String tilinumero;

    // lawful: personal user.financial
    private BigDecimal palkka;

    // lawful: personal user.professional_information.job_title
    private String tehtavanimike;

    // lawful: not-personal
    private Osasto osasto;

    // lawful: not-personal
    private LocalDate aloituspaiva;

    // lawful: link
    private Tyontekija esimies;
}
