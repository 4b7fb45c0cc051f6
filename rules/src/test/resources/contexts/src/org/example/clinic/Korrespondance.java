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
}
