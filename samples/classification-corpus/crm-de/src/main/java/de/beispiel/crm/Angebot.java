package de.beispiel.crm;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Angebot an einen Kunden. */
public class Angebot {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String angebotsnummer;

    // lawful: link
    private Long kundeId;

    // lawful: link
    private Ansprechpartner ansprechpartner;

    // lawful: not-personal
    private BigDecimal nettobetrag;

    // lawful: not-personal
    private BigDecimal mehrwertsteuer;

    // lawful: not-personal
    private LocalDate gueltigBis;

    // lawful: not-personal
    private String zahlungsbedingungen;
}
