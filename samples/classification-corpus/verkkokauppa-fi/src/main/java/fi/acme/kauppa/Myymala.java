package fi.acme.kauppa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Myymala {

    // lawful: not-personal
    @Id
    private Long id;

    // lawful: not-personal
    private String nimi;

    // lawful: not-personal
    private String katuosoite;

    // lawful: not-personal
    private String postinumero;

    // lawful: not-personal
    private String puhelin;

    // lawful: personal user.name
    private String myymalapaallikko;

    // lawful: not-personal
    private String ytunnus;
}
