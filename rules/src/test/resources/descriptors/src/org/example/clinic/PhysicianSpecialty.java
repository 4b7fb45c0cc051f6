package org.example.clinic;

// One physician's own specialty: a row tied to the physician.
public class PhysicianSpecialty {

    private Physician physician;

    // expected: user.professional_information.qualification (a descriptor of a row tied to a person)
    private String code;

    // expected: user.professional_information.qualification, not user.name
    private String name;
}
