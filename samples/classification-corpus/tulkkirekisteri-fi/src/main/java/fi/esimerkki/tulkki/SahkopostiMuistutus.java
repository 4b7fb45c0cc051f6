package fi.esimerkki.tulkki;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.LocalDateTime;

/** A reminder e-mail sent before an interpreter's entry expires. */
@Entity
public class SahkopostiMuistutus {
    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: not-personal
    private LocalDateTime luotu;

    // lawful: link
    @ManyToOne
    private Oikeustulkki oikeustulkki;

    // lawful: not-personal
    private LocalDateTime lahetetty;

    // lawful: personal user.contact.email
    private String vastaanottaja;

    // lawful: not-personal
    private String templateName;

    // lawful: not-personal
    private String kieli;

    // lawful: not-personal
    private String virhe;
}
