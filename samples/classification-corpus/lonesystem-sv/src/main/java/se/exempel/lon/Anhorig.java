package se.exempel.lon;

/** Närmast anhörig att kontakta i nödfall. */
public class Anhorig {

    // lawful: personal user.unique_id
    private Long id;

    // lawful: link
    private Anstalld anstalld;

    // lawful: personal user.name
    private String namn;

    // lawful: personal user.contact.phone_number
    private String telefon;

    // lawful: personal user.contact.email
    private String epost;

    // lawful: not-personal
    private int prioritet;
}
