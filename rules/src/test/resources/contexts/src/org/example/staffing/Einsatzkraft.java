package org.example.staffing;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A staffing agency's field worker. No word of the vocabulary names the type; its own fields
 * describe one person, so its key identifies them.
 */
@Entity
public class Einsatzkraft {
    // expected: user.unique_id
    @Id
    private Integer id;
    // expected: user.name.first
    private String vorname;
    // expected: user.demographic.date_of_birth
    private String geburtsdatum;
    // expected: user.demographic.gender
    private String geschlecht;
    // expected: user.demographic.citizenship_or_immigration_status
    private String staatsangehörigkeit;
    // expected: user.demographic.race_ethnicity
    private String herkunft;
    // expected: user.demographic.appearance
    private String größe;
    // expected: user.demographic.appearance
    private String haarfarbe;
    // expected: user.demographic.appearance
    private String konfgröße1;
    // expected: user.demographic.family
    private String anzahlDerKinder;
    // expected: user.professional_information.qualification
    private String höchsterSchulabschluss;
}
