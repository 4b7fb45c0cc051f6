package org.example.signup;

// A notice holding a name-bearing field that is itself the personal one: no second field says person.
public class Notice {

    // expected: user.name (its own strong pattern)
    private String contactName;

    // expected: not personal (one personal field and no bare name beside it)
    private String title;
}
