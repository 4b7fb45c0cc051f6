package com.shop;

import java.time.LocalDate;

public class Person {

    // lawful: personal user.name
    protected String firstName;

    // lawful: personal user.name
    protected String lastName;
}
