package no.eksempel.soknad;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** Søkeren av foreldrepenger. */
public record Soker(
        // lawful: personal user.government_id
        @NotNull String fnr,
        // lawful: personal user.name
        @NotNull String fornavn,
        // lawful: personal user.name
        String mellomnavn,
        // lawful: personal user.name
        @NotNull String etternavn,
        // lawful: personal user.demographic.gender
        Kjonn kjonn,
        // lawful: personal user.demographic.date_of_birth
        LocalDate fodselsdato,
        // lawful: personal user.demographic.marital_status
        String sivilstand,
        // lawful: personal user.demographic.language
        String malform,
        // lawful: link
        Bankkonto bankkonto,
        // lawful: link
        List<Barn> barn,
        // lawful: personal user.contact.phone_number
        String telefonnummer,
        // lawful: personal user.contact.email
        String epost,
        // lawful: link
        Adresse bostedsadresse) {
}
