package fi.esimerkki.tulkki;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;

@Entity
public class Kielipari {
    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: link
    @ManyToOne
    private Oikeustulkki oikeustulkki;

    // lawful: not-personal
    private LocalDate voimassaoloAlkaa;

    // lawful: not-personal
    private LocalDate voimassaoloPaattyy;

    // lawful: not-personal
    private String kielesta;

    // lawful: not-personal
    private String kieleen;
}
