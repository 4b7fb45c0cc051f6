package org.acme.emr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.Date;
import java.util.Set;

@Entity
public class Person {

    // lawful: personal user.unique_id
    @Id
    @GeneratedValue
    @Column(name = "person_id")
    protected Integer personId;

    // lawful: personal user.demographic.gender
    private String gender;

    // lawful: personal user.demographic.date_of_birth
    private Date birthdate;

    // lawful: not-personal
    private Boolean birthdateEstimated;

    // lawful: personal user.health
    private Concept causeOfDeath;

    // lawful: link
    @OneToMany(mappedBy = "person")
    private Set<PersonName> names;

    // lawful: link
    @OneToMany(mappedBy = "person")
    private Set<PersonAddress> addresses;

    // lawful: link
    private User personCreator;

    // lawful: not-personal
    private Boolean personVoided;
}
