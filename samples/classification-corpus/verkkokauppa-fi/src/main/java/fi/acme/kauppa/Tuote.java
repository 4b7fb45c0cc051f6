package fi.acme.kauppa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;

@Entity
public class Tuote {

    // lawful: not-personal
    @Id
    private Long id;

    // lawful: not-personal
    private String nimi;

    // lawful: not-personal
    private String tuotekoodi;

    // lawful: not-personal
    private BigDecimal hinta;

    // lawful: not-personal
    private String valmistaja;
}
