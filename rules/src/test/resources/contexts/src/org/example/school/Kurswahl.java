package org.example.school;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;

/** A student's choice of a subject: its key is the student and the subject together. */
@Entity
@IdClass(KurswahlKey.class)
public class Kurswahl {
    // expected: a link
    @Id private long Schueler_ID;
    // expected: not personal
    @Id private long Fach_ID;
    // expected: not personal
    private String Bemerkungen;
}

/** A student: the record's own key identifies the student. */
@Entity
class Schueler {
    // expected: user.unique_id
    @Id private long ID;
    // expected: user.name.last
    private String Nachname;
}

/** A subject from the school's catalogue: its own key is the subject's. */
@Entity
class Fach {
    // expected: not personal
    @Id private long ID;
    // expected: not personal
    private String Kuerzel;
}
