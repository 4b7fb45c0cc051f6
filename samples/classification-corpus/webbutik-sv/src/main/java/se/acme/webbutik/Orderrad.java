package se.acme.webbutik;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

@Entity
public class Orderrad {

    // lawful: not-personal
    @Id
    private Long id;

    // lawful: link
    @ManyToOne
    private Bestallning bestallning;

    // lawful: not-personal
    private String artikelnummer;

    // lawful: not-personal
    private String produktnamn;

    // lawful: not-personal
    private int antal;

    // lawful: not-personal
    private BigDecimal pris;
}
