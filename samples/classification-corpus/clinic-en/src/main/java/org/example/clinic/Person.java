package org.example.clinic;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;

@MappedSuperclass
public class Person extends BaseEntity {

    // lawful: personal user.name
    @Column(name = "first_name")
    @NotBlank
    protected String firstName;

    // lawful: personal user.name
    @Column(name = "last_name")
    @NotBlank
    protected String lastName;
}
