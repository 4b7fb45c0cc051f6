package org.example.login;

/** What the sign-in returns: the technical word "context" does not silence a person's name, username and e-mail together. */
public class LoginContextResult {
    // expected: user.name
    private String name;
    // expected: user.account.username
    private String username;
    // expected: user.contact.email
    private String email;
    // expected: not personal
    private int sessionTimeout;
}

/** A mail server's settings: a sender's address and an account, but no person's name beside them. */
class MailServerSettings {
    // expected: not personal
    private String host;
    // expected: not personal
    private int port;
    // expected: not personal
    private String username;
    // expected: not personal
    private String password;
    // expected: not personal
    private String fromAddress;
}
