package fi.esimerkki.asiakas;

import java.math.BigDecimal;

public class Tuote {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String nimi;

    // lawful: not-personal
    private String kuvaus;

    // lawful: not-personal
    private String tuotekoodi;

    // lawful: not-personal
    private BigDecimal hinta;

    // lawful: not-personal
    private String valmistaja;

    // lawful: not-personal
    private String alkuperamaa;
}
