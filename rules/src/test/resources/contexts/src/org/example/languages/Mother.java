package org.example.languages;

/** A mother in a paternity case: the name of a type of person is read as a person. */
public class Mother {
    // expected: user.name
    private String name;
}

/** A midwife in Swedish. */
class Barnmorska {
    // expected: user.name
    private String namn;
}

/** A pensioner in German. */
class Rentner {
    // expected: user.name
    private String name;
}

/** An editor is also a piece of software: the word alone says no person. */
class Editor {
    // expected: not personal
    private String name;
}
