package se.exempel.kund;

public class Avdelning {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String namn;

    // lawful: not-personal
    private String kostnadsstalle;

    // lawful: link
    private Anstalld chef;

    // lawful: not-personal
    private String adress;
}
