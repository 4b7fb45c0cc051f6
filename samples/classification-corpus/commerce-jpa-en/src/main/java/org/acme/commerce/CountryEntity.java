package org.acme.commerce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class CountryEntity {

    // lawful: not-personal
    @Id
    @Column(name = "ABBREVIATION")
    private String abbreviation;

    // lawful: not-personal
    @Column(name = "NAME")
    private String name;
}
