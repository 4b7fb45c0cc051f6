package no.eksempel.soknad;

import java.math.BigDecimal;
import java.time.LocalDate;

/** En inntekt søkeren har oppgitt. */
public record Inntekt(
        // lawful: personal user.financial
        BigDecimal belop,
        // lawful: not-personal
        String inntektstype,
        // lawful: not-personal
        LocalDate fom,
        // lawful: not-personal
        LocalDate tom) {
}
