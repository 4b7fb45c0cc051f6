package se.exempel.kund;

import java.math.BigDecimal;
import java.time.LocalDate;

/** En anställd på företaget. */
public class Anstalld {

    // lawful: personal user.unique_id
    private Long id;

    // lawful: personal user.name
    private String namn;

    // lawful: personal user.government_id
    private String personNr;

    // lawful: personal user.contact.email
    private String ePostAdress;

    // lawful: personal user.contact.phone_number
    private String telefon;

    // lawful: personal user.contact.address
    private String adress;

    // lawful: personal user.financial
    private BigDecimal lon;

    // lawful: personal user.financial.bank_account
    private String bankkonto;

    // lawful: personal user.professional_information.job_title
    private String befattning;

    // lawful: not-personal
    private Avdelning avdelning;

    // lawful: not-personal
    private LocalDate anstallningsdatum;
}
