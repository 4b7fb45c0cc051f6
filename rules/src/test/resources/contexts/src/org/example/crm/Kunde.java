package org.example.crm;

import java.util.List;
import java.util.Set;

/** A customer: the calls and meetings logged about them are their records; the kinds of care they offer are a catalogue. */
public class Kunde {
    // expected: user.name.last
    private String nachname;
    // expected: a link
    private List<Aktivitaet> aktivitaeten;
    // expected: not personal
    private Set<Leistungsart> leistungsarten;
}

/** A call or meeting in a customer's contact history: it names its customer. */
class Aktivitaet {
    // expected: a link
    private Kunde kunde;
    // expected: not personal
    private boolean erledigt;
}

/** A kind of service from a shared list: it refers to no one. */
class Leistungsart {
    // expected: not personal
    private String code;
    // expected: not personal
    private int sortierung;
}
