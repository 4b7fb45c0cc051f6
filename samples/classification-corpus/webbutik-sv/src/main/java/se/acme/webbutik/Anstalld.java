package se.acme.webbutik;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

@Entity
public class Anstalld {

    // lawful: personal user.unique_id
    @Id
    private Long id;

    // lawful: personal user.name
    private String fornamn;

    // lawful: personal user.name
    private String efternamn;

    // lawful: personal user.government_id
    private String personnr;

    // lawful: personal user.financial
    private BigDecimal lon;

    // lawful: personal user.professional_information.job_title
    private String befattning;

    // lawful: personal user.contact.email
    private String epost;

    // lawful: not-personal
    @ManyToOne
    private Butik butik;
}
