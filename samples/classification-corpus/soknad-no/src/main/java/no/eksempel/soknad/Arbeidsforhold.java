package no.eksempel.soknad;

import java.time.LocalDate;

public record Arbeidsforhold(
        // lawful: not-personal
        String arbeidsgiverOrgnr,
        // lawful: personal user.professional_information.workplace
        String arbeidsgiverNavn,
        // the share of full time this applicant works: their employment, as Erwerbspensum in round 9
        // lawful: personal user.professional_information
        Double stillingsprosent,
        // lawful: not-personal
        LocalDate fom,
        // lawful: not-personal
        LocalDate tom,
        // lawful: personal user.professional_information.job_title
        String stillingstittel) {
}
