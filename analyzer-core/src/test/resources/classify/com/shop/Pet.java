package com.shop;

import java.time.LocalDate;

// A pet is not a person: its name and birth date are not personal data.
public class Pet {

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private LocalDate birthDate;

    // lawful: link
    private Owner owner;
}
