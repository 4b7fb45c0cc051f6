package org.example.profile;

/** What a person lets the directory show of them: every yes/no field is one of their choices. */
public class DisclosureSettings {
    // expected: not personal
    private Long id;
    // expected: user.privacy_preferences
    private boolean publicInd;
    // expected: user.privacy_preferences
    private boolean withinGracePeriod;
    // expected: user.privacy_preferences
    private Boolean alumniOnly;
    // expected: not personal
    private boolean isDirty;
    // expected: not personal
    private boolean expired;
}

/** What the person lets the directory show of one of their web addresses: the head is the settings, not the URL. */
class DisclosureSettingsForUrl {
    // expected: user.privacy_preferences
    private boolean publicInd;
}

/** A server's connection settings: technical whatever they are for. */
class ConnectionSettingsForServer {
    // expected: not personal
    private boolean publicInd;
}
