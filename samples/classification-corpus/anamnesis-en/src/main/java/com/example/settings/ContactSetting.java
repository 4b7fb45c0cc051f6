package com.example.settings;

import java.util.List;

/** How a person wants to be contacted: their own settings, so about them. */
public class ContactSetting {
    // lawful: not-personal
    private String id;

    // lawful: link
    private String partyId;

    // lawful: link
    private String createdById;

    // lawful: personal user.contact.email
    private String email;

    // lawful: personal user.demographic.language
    private String preferredLanguage;
}
