package org.acme.emr;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.util.Date;

/** A visit of a patient to a provider. */
@Entity
public class Encounter {

    // lawful: not-personal
    @Id
    @GeneratedValue
    private Integer encounterId;

    // lawful: link
    @ManyToOne
    private Person patient;

    // lawful: not-personal
    @ManyToOne
    private Location location;

    // lawful: not-personal
    private Date encounterDatetime;

    // lawful: personal user.health
    private Concept diagnosis;

    // lawful: link
    private User creator;
}
