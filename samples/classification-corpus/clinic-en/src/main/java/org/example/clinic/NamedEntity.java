package org.example.clinic;

import jakarta.persistence.*;

@MappedSuperclass
public class NamedEntity extends BaseEntity {

    // lawful: not-personal
    @Column(name = "name")
    private String name;
}
