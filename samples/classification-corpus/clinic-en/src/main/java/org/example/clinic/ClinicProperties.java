package org.example.clinic;

import java.util.List;

/** Bound from clinic.* in application.properties. */
public class ClinicProperties {

    // lawful: not-personal
    private String name;

    // lawful: not-personal
    private String address;

    // lawful: not-personal
    private String phone;

    // lawful: not-personal
    private String email;

    // lawful: not-personal
    private List<String> openingHours;

    // lawful: not-personal
    private String timezone;
}
