package org.example.clinic;

import javax.persistence.Entity;
import javax.persistence.Id;

/** A citizen whose correspondence with the hospital is kept: the record's own key identifies the person. */
@Entity
public class Borger {
    // expected: user.unique_id
    @Id private long id;
    // expected: user.government_id.national_identification_number
    private String cpr;
    // expected: not personal
    private boolean alternativeIdentifier;
}
