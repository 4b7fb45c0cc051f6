package org.example.registry;

import java.time.LocalDate;
import java.util.List;

/** A person's record. */
public class Resident {
    // expected: user.name
    private String fullName;
    // expected: a link
    private List<Matrikkeladresse> addresses;
}
