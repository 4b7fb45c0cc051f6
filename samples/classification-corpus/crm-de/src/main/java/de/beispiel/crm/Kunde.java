package de.beispiel.crm;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Privatkunde im CRM. */
@Entity
@Table(name = "kunde")
public class Kunde {

    @Id
    // lawful: personal user.unique_id
    private Long id;

    // lawful: personal user.unique_id
    private String kundennummer;

    // lawful: personal user.demographic.gender
    private String anrede;

    // lawful: personal user.name.first
    private String vorname;

    // lawful: personal user.name.last
    private String nachname;

    // lawful: personal user.demographic.date_of_birth
    private LocalDate geburtsdatum;

    // lawful: personal user.demographic.gender
    private String geschlecht;

    // lawful: personal user.contact.email
    private String email;

    // lawful: personal user.contact.phone_number
    private String telefonnummer;

    // lawful: personal user.contact.phone_number
    private String handy;

    // lawful: personal user.contact.address
    private String strasse;

    // lawful: personal user.contact.address
    private String hausnummer;

    // lawful: personal user.contact.address.postal_code
    private String plz;

    // lawful: personal user.contact.address.city
    private String ort;

    // lawful: personal user.contact.address.country
    private String land;

    // lawful: personal user.financial.bank_account.iban
    private String iban;

    // lawful: personal user.government_id.tax_id
    private String steuerId;

    // lawful: personal user.privacy_preferences
    private boolean werbeeinwilligung;

    // lawful: link
    @ManyToOne
    private Mitarbeiter betreuer;

    // lawful: link
    @OneToMany(mappedBy = "kunde")
    private List<Aktivitaet> aktivitaeten;

    // lawful: not-personal
    private String kundenstatus;

    // lawful: not-personal
    private LocalDateTime angelegtAm;

    // lawful: link
    private String angelegtVon;
}
