package org.example.account;

/** A user's account with a social login provider: "connection" is technical, but it holds one user. */
public class SocialConnection {
    // expected: a link
    private AppUser user;
    // expected: user.unique_id
    private String providerUserId;
    // expected: user.authorization.credentials
    private String accessToken;
    // expected: user.authorization.credentials
    private String refreshToken;
}

/** Who uses the application. */
class AppUser {
    // expected: user.contact.email
    private String email;
    // expected: user.authorization.credentials
    private String passwordSalt;
}

/** What a request carried: "context" is technical, but a request's IP address is the requester's. */
class RequestContext {
    // expected: user.device.ip_address
    private String ipAddress;
    // expected: not personal
    private String traceId;
}

/** A server's settings: its IP address is a machine's. */
class ServerProperties {
    // expected: not personal
    private String ipAddress;
    // expected: not personal
    private int port;
}

/** A self-service sign-up: "service" there is what a person does for themselves. */
class SelfServiceRegistration {
    // expected: user.contact.phone_number
    private String mobileNumber;
    // expected: user.account.username
    private String username;
    // expected: user.authorization.credentials
    private String password;
}
