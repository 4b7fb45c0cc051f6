package org.example.clinic;

import jakarta.persistence.*;

@MappedSuperclass
public class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    // lawful: not-personal
    protected Integer id;
}
