package org.example.registry;

import java.time.LocalDateTime;

/** A cadastral address: its numbers name no category, but together they are where the resident lives. */
public class Matrikkeladresse {
    // expected: not personal
    private Long id;
    // expected: user.contact.address
    private String gardsnr;
    // expected: user.contact.address
    private String bruksnr;
    // expected: user.contact.address
    private LocalDateTime flyttedato;
    // expected: not personal
    private String adressetype;
    // expected: not personal
    private LocalDateTime opprettetDato;
    // expected: not personal
    private Boolean aktiv;
    // expected: a link
    private Resident resident;
}
