package com.example.ward;

public class MedicalHistory {
    // lawful: not-personal
    private Long id;

    // lawful: link
    private Patient patient;

    // lawful: personal user.health
    private boolean familyHypertension;

    // lawful: personal user.health
    private boolean hasHypertension;

    // lawful: personal user.health
    private boolean familyCancer;

    // lawful: personal user.health
    private boolean hasCancer;

    // lawful: personal user.health
    private boolean familyDiabetes;

    // lawful: personal user.health
    private boolean hasDiabetes;

    // lawful: personal user.health
    private boolean familyAsthma;

    // lawful: personal user.health
    private boolean hasAsthma;

    // lawful: personal user.health
    private boolean familyEpilepsy;

    // lawful: personal user.health
    private boolean hasEpilepsy;

    // lawful: personal user.health
    private boolean familyDementia;

    // lawful: personal user.health
    private boolean hasDementia;

    // lawful: personal user.health
    private boolean familyCardiovascular;

    // lawful: personal user.health
    private boolean hasCardiovascular;

    // lawful: personal user.health
    private boolean familyDrugAddiction;

    // lawful: personal user.health
    private boolean hasDrugAddiction;

    // lawful: not-personal
    private java.time.LocalDate recordedOn;

    // lawful: link
    private String handleMan;

    // lawful: link
    private String receiveMan;
}
