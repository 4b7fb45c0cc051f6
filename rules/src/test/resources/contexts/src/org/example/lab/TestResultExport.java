package org.example.lab;

import java.net.URI;
import java.util.Optional;

/** A test result as exported: "test" reads as technical, but the patient it holds is a person's record. */
public class TestResultExport {
    // expected: a link
    private Optional<Patient> patient;
    // expected: not personal
    private PatientLookupClient lookup;
    // expected: a link
    private TestOrder order;
    // expected: not personal
    private String processingModeCode;
}

/** An order for a test holds no name, but it refers to its patient: it is a record tied to a person. */
class TestOrder {
    // expected: a link
    private Patient orderedFor;
    // expected: not personal
    private String testCode;
}

class Patient {
    // expected: user.name.first
    private String firstName;
    // expected: user.name.last
    private String lastName;
}

/** A client named for patients holds no patient's data: a field of its type is no link. */
class PatientLookupClient {
    // expected: not personal
    private URI baseUri;
}
