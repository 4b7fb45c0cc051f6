package no.eksempel.soknad;

import java.time.LocalDate;

public record Arbeidsforhold(
        // lawful: not-personal
        String arbeidsgiverOrgnr,
        // lawful: personal user.professional_information.workplace
        String arbeidsgiverNavn,
        // lawful: not-personal
        Double stillingsprosent,
        // lawful: not-personal
        LocalDate fom,
        // lawful: not-personal
        LocalDate tom,
        // lawful: personal user.professional_information.job_title
        String stillingstittel) {
}
