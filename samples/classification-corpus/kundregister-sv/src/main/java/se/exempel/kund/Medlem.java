package se.exempel.kund;

import java.time.LocalDate;

/** Medlem i föreningen. */
public class Medlem {

    // lawful: personal user.unique_id
    private Integer medlemsId;

    // lawful: personal user.name
    private String fullstandigtNamn;

    // lawful: personal user.contact.address
    private String hemadress;

    // lawful: personal user.contact.email
    private String mejl;

    // lawful: personal user.demographic.date_of_birth
    private LocalDate fodd;

    // lawful: not-personal
    private LocalDate medlemSedan;

    // lawful: not-personal
    private boolean betalatAvgift;

    // lawful: personal user.account.username
    private String anvandarnamn;

    // lawful: personal user.authorization.credentials
    private String losenord;
}
