package se.acme.webbutik;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Butik {

    // lawful: not-personal
    @Id
    private Long id;

    // lawful: not-personal
    private String namn;

    // lawful: not-personal
    private String adress;

    // lawful: not-personal
    private String postnummer;

    // lawful: not-personal
    private String ort;

    // lawful: not-personal
    private String telefon;

    // lawful: personal user.name
    private String butikschef;

    // lawful: not-personal
    private String orgnr;

    // lawful: not-personal
    private ButikPosition position;
}
