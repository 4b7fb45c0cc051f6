package fi.esimerkki.terveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Kunnan varhaiskasvatushakemus. */
public class Varhaiskasvatushakemus {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String hakemusnumero;

    // lawful: personal user.name
    private String lapsenNimi;

    // lawful: personal user.government_id.national_identification_number
    private String lapsenHenkilotunnus;

    // lawful: personal user.demographic.date_of_birth
    private LocalDate lapsenSyntymaaika;

    // lawful: personal user.name
    private String hakijanNimi;

    // lawful: personal user.contact.phone_number
    private String hakijanPuhelinnumero;

    // lawful: personal user.contact.email
    private String hakijanSahkoposti;

    // lawful: personal user.contact.address.city
    private String asuinkunta;

    // lawful: personal user.financial
    private BigDecimal perheenTulot;

    // lawful: not-personal
    private LocalDate toivottuAloituspaiva;

    // lawful: not-personal
    private String palvelumuoto;

    // lawful: not-personal
    private LocalDateTime vastaanotettu;

    // lawful: link
    private String kasittelija;
}
