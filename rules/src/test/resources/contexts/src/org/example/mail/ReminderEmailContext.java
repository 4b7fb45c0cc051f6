package org.example.mail;

/** What a reminder e-mail is filled with: a technical type, but its recipient is a person. */
public class ReminderEmailContext {
    // expected: user.name
    private String recipientName;
    // expected: not personal
    private String templateName;
    // expected: not personal
    private String userName;
}

/** The person an e-mail goes to. */
class EmailContact {
    // expected: user.name
    private String name;
    // expected: user.contact.email
    private String email;
}

/** The kinds of e-mail address a shop knows (work, home): a list of kinds, no one's. */
class EmailType {
    // expected: not personal
    private String name;
}
