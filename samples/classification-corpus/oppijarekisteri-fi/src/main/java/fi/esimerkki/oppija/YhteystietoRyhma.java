package fi.esimerkki.oppija;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.Set;

@Entity
public class YhteystietoRyhma {
    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: not-personal
    private String ryhmaKuvaus;

    // lawful: not-personal
    private String alkuperaTieto;

    // lawful: link
    @OneToMany
    private Set<Yhteystieto> yhteystieto;
}
