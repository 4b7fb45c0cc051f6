package se.exempel.kund;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** En bokning av ett rum. */
public record Bokning(
        // lawful: not-personal
        long id,
        // lawful: personal user.name
        String gastNamn,
        // lawful: personal user.contact.email
        String epostadress,
        // lawful: personal user.contact.phone_number
        String mobil,
        // lawful: not-personal
        LocalDate ankomst,
        // lawful: not-personal
        LocalDate avresa,
        // lawful: not-personal
        int antalPersoner,
        // lawful: not-personal
        String rumsnummer,
        // lawful: personal user.health
        String allergier,
        // lawful: not-personal
        LocalDateTime skapadTid) {
}
