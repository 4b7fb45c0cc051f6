package fi.esimerkki.asiakas;

import java.time.LocalDate;

/** Lemmikki eläinlääkärin rekisterissä. */
public class Lemmikki {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String nimi;

    // lawful: not-personal
    private LocalDate syntymaaika;

    // lawful: not-personal
    private String rotu;

    // lawful: link
    private Asiakas omistaja;
}
