package se.exempel.support;

import java.time.LocalDateTime;

/** A reminder e-mail sent when an errand has waited too long. */
public class EpostPaminnelse {
    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private LocalDateTime skapad;

    // lawful: not-personal
    private LocalDateTime skickad;

    // lawful: personal user.contact.email
    private String mottagare;

    // lawful: not-personal
    private String mallnamn;

    // lawful: not-personal
    private String sprak;

    // lawful: not-personal
    private String felmeddelande;
}
