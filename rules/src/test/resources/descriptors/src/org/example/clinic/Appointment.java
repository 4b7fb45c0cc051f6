package org.example.clinic;

// An appointment, tied to a patient by the patient's key.
public class Appointment {

    private Long patientId;

    private String room;
}
