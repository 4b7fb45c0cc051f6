package org.acme.emr;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.Date;

@Entity
public class PersonAddress {

    // lawful: not-personal
    @Id
    @GeneratedValue
    private Integer personAddressId;

    // lawful: link
    @ManyToOne
    private Person person;

    // lawful: personal user.contact.address
    private String address1;

    // lawful: personal user.contact.address
    private String address2;

    // lawful: personal user.contact.address
    private String cityVillage;

    // lawful: personal user.contact.address
    private String stateProvince;

    // lawful: personal user.contact.address
    private String postalCode;

    // lawful: personal user.contact.address
    private String country;

    // lawful: not-personal
    private Date startDate;

    // lawful: not-personal
    private Boolean preferred;
}
