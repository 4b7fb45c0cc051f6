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
