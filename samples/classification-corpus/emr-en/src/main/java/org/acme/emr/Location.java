package org.acme.emr;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/** A ward, clinic or hospital where care is given. */
@Entity
public class Location {

    // lawful: not-personal
    @Id
    @GeneratedValue
    private Integer locationId;

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String address1;

    // lawful: not-personal
    private String cityVillage;

    // lawful: not-personal
    private String postalCode;

    // lawful: not-personal
    private String latitude;

    // lawful: not-personal
    private String longitude;

    // lawful: not-personal
    @ManyToOne
    private Location parentLocation;
}
