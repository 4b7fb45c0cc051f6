package org.example.staffing;

import jakarta.persistence.Id;

/** A booking that names the worker's data after the worker: the booking's key is not a person's. */
public class Einsatz {
    // expected: not personal
    @Id
    private Integer id;
    // expected: user.demographic.date_of_birth
    private String kundeGeburtsdatum;
    // expected: user.demographic.gender
    private String kundeGeschlecht;
    // expected: user.name.first
    private String kundeVorname;
}
