package org.example.loanbook.api;

/** The generated REST client's entry point: one API object per resource. */
public class LoanbookClient {

    // lawful: not-personal
    private PasswordPreferencesApi passwordPreferences;

    // lawful: not-personal
    private UsersApi users;

    // lawful: not-personal
    private ClientsApi clients;

    // lawful: not-personal
    private String baseUrl;

    // lawful: not-personal
    private String tenantId;
}
