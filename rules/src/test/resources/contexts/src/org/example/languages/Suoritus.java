package org.example.languages;

/** A student in Finnish. */
class Opiskelija {
    // expected: user.name.last
    private String sukunimi;
}

/** A student's completed course: its student key (avain) refers to the student. */
public class Suoritus {
    // expected: a link
    private String opiskelijaAvain;
    // expected: not personal
    private String kurssikoodi;
}

/** A change in a Norwegian register: who registered it is a person. */
class Endring {
    // expected: a link
    private String registrertAv;
}
