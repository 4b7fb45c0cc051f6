package se.exempel.arende;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "adress")
public class Adress {
    // lawful: not-personal
    @Id
    @GeneratedValue
    private Long id;

    // lawful: not-personal
    private String adresskategori;

    // lawful: personal user.contact.address
    private String gatuadress;

    // lawful: personal user.contact.address
    private String husnummer;

    // lawful: personal user.contact.address
    private String postnummer;

    // lawful: personal user.contact.address
    private String postort;

    // lawful: personal user.contact.address
    private String careOf;

    // lawful: personal user.contact.address
    private String lagenhetsnummer;

    // lawful: personal user.contact.address
    private String attention;

    // lawful: not-personal
    private String fakturamarkning;

    // lawful: not-personal
    private Boolean arDetaljplaneomrade;
}
