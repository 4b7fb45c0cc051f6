package uk.example.probation;

/** A room in a court building; nothing here is about a person. */
public class CourtRoom {
    // lawful: not-personal
    private String courtCode;

    // lawful: not-personal
    private String roomNumber;

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private int capacity;

    // lawful: not-personal
    private String building;
}
