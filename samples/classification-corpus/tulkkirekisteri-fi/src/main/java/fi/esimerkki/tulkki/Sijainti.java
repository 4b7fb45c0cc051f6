package fi.esimerkki.tulkki;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A region where the interpreter takes assignments: a municipality or a whole province. */
@Entity
public class Sijainti {
    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: link
    @ManyToOne
    private Oikeustulkki oikeustulkki;

    // lawful: not-personal
    private String tyyppi;

    // lawful: not-personal
    private String koodi;
}
