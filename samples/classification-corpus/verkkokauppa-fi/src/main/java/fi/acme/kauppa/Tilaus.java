package fi.acme.kauppa;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDateTime;

@Entity
public class Tilaus {

    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: link
    @ManyToOne
    private Asiakas asiakas;

    // lawful: not-personal
    private String tilausnumero;

    // lawful: not-personal
    private LocalDateTime tilausaika;

    // lawful: personal user.contact.address
    private String toimitusosoite;

    // lawful: personal user.contact.address
    private String laskutusosoite;

    // lawful: not-personal
    private BigDecimal summa;

    // lawful: not-personal
    private String tila;
}
