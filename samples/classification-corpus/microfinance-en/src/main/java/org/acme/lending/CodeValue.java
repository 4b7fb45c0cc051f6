package org.acme.lending;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A value of a configurable code list (genders, client types, closure reasons). */
@Entity
public class CodeValue {

    // lawful: not-personal
    @Id
    private Long id;

    // lawful: not-personal
    private String label;

    // lawful: not-personal
    private int position;
}
