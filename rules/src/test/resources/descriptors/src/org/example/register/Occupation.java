package org.example.register;

// A person's occupation: tied to the person through its superclass's reference.
public class Occupation extends PersonDetail {

    // expected: user.professional_information.job_title (a descriptor of a row tied to a person by its superclass)
    private String code;

    // expected: user.professional_information.job_title
    private String description;
}
