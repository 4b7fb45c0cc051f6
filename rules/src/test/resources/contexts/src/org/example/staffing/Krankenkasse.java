package org.example.staffing;

import jakarta.persistence.Id;

/** A health insurer: an organisation, whose address and bank account are its own. */
public class Krankenkasse {
    // expected: not personal
    @Id
    private Integer id;
    // expected: not personal
    private String plz;
    // expected: not personal
    private String iban;
}
