package fi.esimerkki.asiakas;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public class Tilaus {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String tilausnumero;

    // lawful: link
    private Asiakas asiakas;

    // lawful: personal user.contact.address
    private String toimitusosoite;

    // lawful: personal user.contact.address
    private String laskutusosoite;

    // lawful: not-personal
    private BigDecimal summa;

    // lawful: not-personal
    private LocalDate tilauspaiva;

    // lawful: not-personal
    private List<Tilausrivi> rivit;

    // lawful: not-personal
    private String tila;
}
