package org.acme.emr;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class PersonName {

    // lawful: not-personal
    @Id
    @GeneratedValue
    private Integer personNameId;

    // lawful: not-personal
    private Boolean preferred;

    // lawful: link
    @ManyToOne
    private Person person;

    // lawful: personal user.name
    private String prefix;

    // lawful: personal user.name
    private String givenName;

    // lawful: personal user.name
    private String middleName;

    // lawful: personal user.name
    private String familyNamePrefix;

    // lawful: personal user.name
    private String familyName;

    // lawful: personal user.name
    private String familyName2;

    // lawful: personal user.name
    private String degree;
}
