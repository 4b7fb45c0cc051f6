package no.eksempel.soknad;

import java.time.LocalDate;

public record Barn(
        // lawful: personal user.government_id
        String fnr,
        // lawful: personal user.name
        String fornavn,
        // lawful: personal user.name
        String etternavn,
        // lawful: personal user.demographic.date_of_birth
        LocalDate fodselsdato,
        // lawful: personal user.demographic.gender
        Kjonn kjonn,
        // lawful: link
        AnnenForelder annenForelder) {
}
