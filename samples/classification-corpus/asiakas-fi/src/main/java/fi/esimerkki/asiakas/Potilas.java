package fi.esimerkki.asiakas;

import java.time.LocalDate;
import java.util.List;

/** Potilastiedot. */
public record Potilas(
        // lawful: personal user.unique_id
        long id,
        // lawful: personal user.name
        String nimi,
        // lawful: personal user.government_id
        String henkilotunnus,
        // lawful: personal user.demographic.date_of_birth
        LocalDate syntymapaiva,
        // lawful: personal user.health
        String diagnoosi,
        // lawful: personal user.health
        List<String> allergiat,
        // lawful: personal user.health
        String laakitys,
        // lawful: personal user.contact.phone_number
        String puh,
        // lawful: personal user.name
        String omaisenNimi) {
}
