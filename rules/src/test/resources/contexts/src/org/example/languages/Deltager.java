package org.example.languages;

/** A participant in a Danish course: a person, whatever the register calls them. */
public class Deltager {
    // expected: user.name
    private String navn;
}

/** A Norwegian teacher. */
class Laerer {
    // expected: user.name
    private String navn;
}

/** A loan's guarantor: the record's own key identifies the guarantor. */
class Guarantor {
    // expected: user.unique_id
    private Long id;
    // expected: user.name
    private String name;
}
