package se.exempel.arende;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDateTime;

/** Ett meddelande till eller från en medborgare i ärendet. */
@Entity
public class Meddelande {
    // lawful: not-personal
    @Id
    private String meddelandeId;

    // lawful: not-personal
    private Long arendeId;

    // lawful: not-personal
    private String riktning;

    // lawful: not-personal
    private String amne;

    // lawful: not-personal
    private String meddelandetext;

    // lawful: personal user.contact.email
    private String epostadress;

    // lawful: personal user.contact.phone_number
    private String mobilnummer;

    // lawful: personal user.name
    private String fornamn;

    // lawful: personal user.name
    private String efternamn;

    // lawful: personal user.account.username
    private String anvandarnamn;

    // lawful: not-personal
    private boolean last;

    // lawful: not-personal
    private String digitalPostTransaktionsId;

    // lawful: not-personal
    private LocalDateTime skickat;
}
