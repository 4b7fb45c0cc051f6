package org.example.sickpay;

import java.time.LocalDate;
import java.util.List;

/** A person's period of sick leave, with the sick pay paid and to come. */
public class Sykmeldingsperiode {
    // expected: user.government_id.national_identification_number
    private String fodselsnummer;
    // expected: a link
    private List<HistoriskUtbetaling> historiskeUtbetalinger;
}

/** One payout of sick pay to the person. */
class HistoriskUtbetaling {
    // expected: not personal
    private LocalDate utbetalingsdato;
    // expected: user.financial.benefits
    private Double nettobelop;
    // expected: user.financial.benefits
    private Double bruttobeloep;
    // expected: user.financial
    private Double skattetrekk;
}

/** The price list of a shop: a price is no one's. */
class Prisliste {
    // expected: not personal
    private Double bruttobeloep;
}
