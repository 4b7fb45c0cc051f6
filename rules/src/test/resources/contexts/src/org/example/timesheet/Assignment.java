package org.example.timesheet;

import java.util.Set;

/** The base class of every record of the model: a domain object, not an internet domain. */
abstract class DomainObject<K> {
    abstract K getPK();
}

/** A consultant's assignment to a project: it names the consultant. */
public class Assignment extends DomainObject<Integer> {
    // expected: a link
    private Consultant consultant;
    // expected: not personal
    private boolean active;

    Integer getPK() {
        return 1;
    }
}

/** A project: its assignments are records tied to consultants. */
class Project extends DomainObject<Integer> {
    // expected: a link
    private Set<Assignment> assignments;
    // expected: not personal
    private String projectCode;

    Integer getPK() {
        return 2;
    }
}

/** A mail sent to a consultant: the address it went to is theirs. */
class MailLog extends DomainObject<Integer> {
    // expected: user.contact.email
    private String mailTo;
    // expected: not personal
    private boolean success;

    Integer getPK() {
        return 3;
    }
}

/** A consultant who books hours. */
class Consultant extends DomainObject<Integer> {
    // expected: user.name.first
    private String firstName;

    Integer getPK() {
        return 4;
    }
}
