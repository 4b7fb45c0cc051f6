package org.acme.lending;

import jakarta.persistence.Entity;

/** A set of permissions granted to users. */
@Entity
public class Role {

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String description;

    // lawful: not-personal
    private boolean disabled;
}
