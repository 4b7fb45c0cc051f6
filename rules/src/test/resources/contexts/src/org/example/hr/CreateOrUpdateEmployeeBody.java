package org.example.hr;

import java.time.LocalDate;

/** The request body (OpenAPI) that creates or updates an employee's card. */
public class CreateOrUpdateEmployeeBody {
    // expected: user.name
    private String displayName;
    // expected: user.demographic.date_of_birth
    private LocalDate birthday;
    // expected: user.unique_id
    private String extErpId;
    // expected: not personal
    private boolean archived;
}
