package org.example.clinic;

// Holds an appointment, a record tied to a patient.
public class Booking {

    // expected: a link
    private Appointment appointment;
}
