package org.example.clinic;

import java.util.List;

// A physician: a person.
public class Physician {

    private String fullName;

    private List<PhysicianSpecialty> specialties;
}
