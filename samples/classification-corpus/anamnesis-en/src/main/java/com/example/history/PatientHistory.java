package com.example.history;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A patient's history record: its own key, and a key that refers to the patient. */
@Entity
public class PatientHistory {
    // lawful: not-personal
    @Id
    private Integer id;

    // lawful: link
    private Integer patientId;

    // lawful: not-personal
    private Integer historyVersion;
}
