package com.example.ward;

public class Admission {
    // lawful: not-personal
    private Long id;

    // lawful: personal user.name
    private String patName;

    // lawful: personal user.contact.address
    private String patAddress;

    // lawful: personal user.health
    private boolean pregnant;

    // lawful: not-personal
    private java.time.LocalDate admittedOn;

    // lawful: link
    private String handleMan;

    // lawful: not-personal
    private Ward ward;

    // lawful: not-personal
    private String wardCode;

    // lawful: not-personal
    private Integer bedNumber;
}
