package org.example.clinic;

import javax.persistence.Entity;
import javax.persistence.ManyToOne;

/** A message between the municipality and a hospital about one citizen. */
@Entity
public class Korrespondance {
    // expected: a link
    @ManyToOne private Borger patient;
    // expected: a link
    @ManyToOne private Korrespondance answerTo;
    // expected: not personal
    private boolean draft;
}

/** The same message as the municipality's mail system names it. */
@Entity
class Mail {
    // expected: a link
    @ManyToOne private Borger patient;
    // expected: a link
    @ManyToOne private Mail answerTo;
    // expected: user.health
    private String subject;
    // expected: user.health
    private String content;
    // expected: not personal
    private String senderDepartmentName;
    // expected: not personal
    private String errorMessage;
}

/** A Danish hospital's letter about a patient: what it says concerns their health, whatever its fields are called. */
@Entity
class Brev {
    // expected: a link
    @ManyToOne private Borger patient;
    // expected: user.health
    private String emne;
    // expected: user.health
    private String indhold;
    // expected: not personal
    private String kuvertId;
}

/** A patient's address: a note on it is part of the address, not a word on their health. */
@Entity
class Address {
    // expected: a link
    @ManyToOne private Borger patient;
    // expected: user.contact.address
    private String note;
}
