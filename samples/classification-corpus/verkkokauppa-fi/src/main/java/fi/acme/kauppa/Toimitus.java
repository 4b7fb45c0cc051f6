package fi.acme.kauppa;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

@Entity
public class Toimitus {

    // lawful: not-personal
    @Id
    private Long id;

    // lawful: link
    @OneToOne
    private Tilaus tilaus;

    // lawful: personal user.name
    private String vastaanottajanNimi;

    // lawful: personal user.contact.phone_number
    private String vastaanottajanPuhelin;

    // lawful: not-personal
    private String noutopiste;

    // lawful: not-personal
    private String seurantakoodi;
}
