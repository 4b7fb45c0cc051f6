package se.exempel.lon;

/** En avdelning med kostnadsställe och kontor. */
public class Avdelning {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String namn;

    // lawful: not-personal
    private String kostnadsstalle;

    // lawful: not-personal
    private String ort;

    // lawful: not-personal
    private String telefon;

    // lawful: not-personal
    private String epost;

    // lawful: link
    private Anstalld chef;
}
