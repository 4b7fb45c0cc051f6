package org.example.club;

/** A member's notification settings: settings that belong to a member through a field of the member's type are the member's own. */
public class NotificationSettings {
    // expected: a link
    private Member member;
    // expected: user.demographic.language
    private String language;
}

class Member {
    // expected: user.name.first
    private String firstName;
    // expected: user.contact.email
    private String email;
}

/** A mail server's settings belong to no one: its language is the server's. */
class MailSettings {
    // expected: not personal
    private String host;
    // expected: not personal
    private String language;
}
