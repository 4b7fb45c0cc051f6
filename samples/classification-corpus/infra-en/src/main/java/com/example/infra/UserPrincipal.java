package com.example.infra;

import java.util.Collection;

public class UserPrincipal {

    // lawful: personal user.unique_id
    private Long id;

    // lawful: personal user.account.username
    private String username;

    // lawful: personal user.authorization.credentials
    private String password;

    // lawful: personal user.contact.email
    private String email;

    // lawful: not-personal
    private Collection<String> authorities;

    // lawful: not-personal
    private boolean enabled;

    // lawful: not-personal
    private boolean accountNonLocked;
}
