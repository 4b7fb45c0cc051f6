package no.eksempel.soknad;

public record AnnenForelder(
        // lawful: personal user.government_id
        String fnr,
        // lawful: personal user.name
        String fornavn,
        // lawful: personal user.name
        String etternavn,
        // lawful: personal user.contact.address.country
        String bostedsland,
        // lawful: not-personal
        boolean harRettPaForeldrepenger,
        // lawful: not-personal
        boolean erInformert) {
}
