package fi.esimerkki.terveys;

import java.math.BigDecimal;

/** Kunnan tarjoama palvelu, esim. neuvola tai kouluterveydenhuolto. */
public class Palvelu {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String nimi;

    // lawful: not-personal
    private String kuvaus;

    // lawful: not-personal
    private String ikaryhma;

    // lawful: not-personal
    private int alaikaraja;

    // lawful: not-personal
    private BigDecimal asiakasmaksu;

    // lawful: not-personal
    private int voimassaoloaikaPaivina;
}
