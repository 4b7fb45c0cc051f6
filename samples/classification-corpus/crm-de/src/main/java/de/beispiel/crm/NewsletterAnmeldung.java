package de.beispiel.crm;

import java.time.LocalDateTime;

/** Anmeldung zum Newsletter mit Double-Opt-in. */
public class NewsletterAnmeldung {

    // lawful: not-personal
    private Long id;

    // lawful: personal user.contact.email
    private String email;

    // lawful: personal user.privacy_preferences
    private LocalDateTime einwilligungErteiltAm;

    // lawful: personal user.device.ip_address
    private String ipAdresse;

    // lawful: not-personal
    private String quelle;
}
