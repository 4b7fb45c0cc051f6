package no.eksempel.soknad;

import java.time.LocalDate;

public class Sak {
    // lawful: not-personal
    private String saksnummer;

    // lawful: link
    private String saksbehandler;

    // lawful: link
    private Soker soker;

    // lawful: not-personal
    private String ytelse;

    // lawful: not-personal
    private LocalDate mottattDato;

    // lawful: link
    private String opprettetAv;

    // lawful: not-personal
    private String behandlendeEnhet;

    // lawful: not-personal
    private boolean erAvsluttet;
}
