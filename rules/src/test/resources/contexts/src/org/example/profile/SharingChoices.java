package org.example.profile;

/** A person's choices of what their shared profile shows: each flag says whether other data is shown. */
public class SharingChoices {
    // expected: not personal
    private Long id;
    // expected: user.name
    private String nimi;
    // expected: user.contact.email
    private String email;
    // expected: user.privacy_preferences
    private boolean nimiJaettu;
    // expected: user.privacy_preferences
    private boolean emailJaettu;
    // expected: user.privacy_preferences
    private Boolean showPhone;
    // expected: user.privacy_preferences
    private boolean telefonSichtbar;
    // expected: user.privacy_preferences
    private boolean phoneVisible;
    // expected: user.privacy_preferences
    private boolean addressLinesPublic;
    // expected: not personal
    private String phoneVisibleLabel;
    // expected: not personal
    private boolean emailVerified;
    // expected: not personal
    private boolean archived;
}
