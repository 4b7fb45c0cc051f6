package com.example.history;

/** An allergy record keyed by its own id; it points at the patient who has it. */
public class Allergy {
    // lawful: not-personal
    private Long allergyId;

    // lawful: link
    private Long patientId;

    // lawful: personal user.health
    private String allergen;
}
