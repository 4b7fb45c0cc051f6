package fi.esimerkki.terveys;

import java.math.BigDecimal;

/** Terveysaseman työntekijä (lääkäri, hoitaja, vastaanottovirkailija). */
public class Tyontekija {

    // lawful: personal user.unique_id
    private Long id;

    // lawful: personal user.unique_id
    private String tyontekijanumero;

    // lawful: personal user.name.first
    private String etunimi;

    // lawful: personal user.name.last
    private String sukunimi;

    // lawful: personal user.professional_information.job_title
    private String ammattinimike;

    // lawful: personal user.contact.phone_number
    private String tyopuhelin;

    // lawful: personal user.contact.email
    private String sahkoposti;

    // lawful: personal user.financial
    private BigDecimal palkka;

    // lawful: personal user.financial
    private BigDecimal verokortinProsentti;

    // lawful: personal user.financial.bank_account
    private String tilinumero;

    // lawful: personal user.account.username
    private String kayttajatunnus;

    // lawful: link
    private Tyontekija esimies;

    // lawful: not-personal
    private Toimipiste toimipiste;
}
