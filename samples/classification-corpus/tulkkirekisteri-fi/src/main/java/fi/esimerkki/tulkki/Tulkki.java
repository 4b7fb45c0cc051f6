package fi.esimerkki.tulkki;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.Set;

/** An interpreter in the public register; the person's own data lives in the person register. */
@Entity
public class Tulkki {
    // lawful: personal user.unique_id
    @Id
    @GeneratedValue
    private Long id;

    // lawful: link
    private String henkiloOid;

    // lawful: link
    @OneToMany(mappedBy = "tulkki")
    private Set<Oikeustulkki> oikeustulkit;
}
