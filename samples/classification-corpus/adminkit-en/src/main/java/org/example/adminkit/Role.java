package org.example.adminkit;

import java.util.Set;

public class Role {

    // lawful: not-personal
    private Long id;

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String dataScope;

    // lawful: link
    private Set<User> users;
}
