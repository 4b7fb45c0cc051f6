package org.example.signup;

import org.springframework.data.domain.Persistable;

// A base entity implementing Spring Data's Persistable: what it can do, not what it is about.
public abstract class BaseEntity implements Persistable<Long> {

    private Long id;
}
