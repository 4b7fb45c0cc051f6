package org.example.adminkit;

import java.util.Date;
import java.util.Set;

public class User {

    // lawful: personal user.unique_id
    private Long id;

    // lawful: personal user.account.username
    private String username;

    // lawful: personal user.account.username
    private String nickName;

    // lawful: personal user.authorization.credentials
    private String password;

    // lawful: personal user.contact.phone_number
    private String phone;

    // lawful: not-personal
    private Date pwdResetTime;

    // lawful: not-personal
    private Set<Role> roles;

    // lawful: not-personal
    private Boolean enabled;
}
