package fi.esimerkki.asiakas;

import java.math.BigDecimal;

public class Tilausrivi {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private Tuote tuote;

    // lawful: not-personal
    private String tuotteenNimi;

    // lawful: not-personal
    private int maara;

    // lawful: not-personal
    private BigDecimal hinta;
}
