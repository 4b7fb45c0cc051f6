package fi.acme.kauppa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;

@Entity
public class Tyontekija {

    // lawful: personal user.unique_id
    @Id
    private Long id;

    // lawful: personal user.name
    private String etunimi;

    // lawful: personal user.name
    private String sukunimi;

    // lawful: personal user.government_id
    private String henkilotunnus;

    // lawful: personal user.financial
    private BigDecimal palkka;

    // lawful: personal user.professional_information.job_title
    private String tehtavanimike;

    // lawful: personal user.financial.bank_account
    private String tilinumero;

    // lawful: not-personal
    @ManyToOne
    private Myymala myymala;
}
