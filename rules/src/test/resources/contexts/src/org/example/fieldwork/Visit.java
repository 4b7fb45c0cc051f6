package org.example.fieldwork;

import java.time.Instant;

/** A health worker's visit to a participant; its base class is named for sync attributes, which settles nothing. */
public class Visit extends SyncAttributeEntity {
    // expected: a link
    private Participant participant;
    // expected: user.health
    private String observations;
    // expected: not personal
    private Instant visitDateTime;
}
