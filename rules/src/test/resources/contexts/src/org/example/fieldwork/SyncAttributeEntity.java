package org.example.fieldwork;

/** A base class that every synchronised record extends, a participant's visit and a form's setting alike. */
public abstract class SyncAttributeEntity {
    // expected: not personal
    private Long lastModifiedDateTime;
}
