package org.acme.commerce;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A physical store of the chain, shown in the store finder. */
@Entity
public class StoreLocation {

    // lawful: not-personal
    @Id
    private Long id;

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String addressLine1;

    // lawful: not-personal
    private String city;

    // lawful: not-personal
    private String postalCode;

    // lawful: not-personal
    private String phone;

    // lawful: not-personal
    private Double latitude;

    // lawful: not-personal
    private Double longitude;

    // lawful: not-personal
    private String storeHours;

    // lawful: personal user.name
    private String managerName;

    // lawful: personal user.contact.email
    private String managerEmail;
}
