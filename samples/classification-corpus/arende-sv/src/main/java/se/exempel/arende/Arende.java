package se.exempel.arende;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Ett ärende i kommunens ärendehantering (e-tjänst eller handläggarens registrering). */
@Entity
@Table(name = "arende")
public class Arende {
    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: not-personal
    @Column(name = "arendenummer")
    private String arendenummer;

    // lawful: not-personal
    private String kommunId;

    // lawful: not-personal
    private String arendetyp;

    // lawful: not-personal
    private String beskrivning;

    // lawful: not-personal
    private String diarienummer;

    // lawful: not-personal
    private String status;

    // lawful: not-personal
    private LocalDate startdatum;

    // lawful: not-personal
    private OffsetDateTime inkom;

    // lawful: link
    @OneToMany
    private List<Intressent> intressenter;

    // lawful: not-personal
    @OneToMany
    private List<Fastighet> fastigheter;

    // lawful: not-personal
    @OneToMany
    private List<Beslut> beslut;

    // lawful: not-personal
    @OneToMany
    private List<Anteckning> anteckningar;

    // lawful: link
    private String skapadAv;

    // lawful: link
    private String andradAv;

    // the client system that registered the errand, not a person
    // lawful: not-personal
    private String skapadAvSystem;

    // lawful: not-personal
    private boolean sekretess;

    // lawful: not-personal
    private OffsetDateTime skapad;
}
