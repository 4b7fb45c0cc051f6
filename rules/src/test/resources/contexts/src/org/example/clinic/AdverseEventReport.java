package org.example.clinic;

/**
 * A patient's reaction after a vaccination, as a WHO AEFI report records it: the reaction, a
 * pregnancy or breastfeeding, and the reporter's phone are data; the facility that vaccinated
 * is a place, whatever word for care its name begins with; a cancer's site is the patient's.
 */
public class AdverseEventReport {
    // expected: a link
    private Patient patient;
    // expected: user.health
    private String adverseEventDescription;
    // expected: user.health
    private boolean anaphylaxis;
    // expected: user.health
    private boolean lactating;
    // expected: user.health
    private String trimester;
    // expected: not personal
    private String healthFacilityName;
    // expected: not personal
    private String vaccinationClinicName;
    // expected: user.health
    private String cancerSite;
    // expected: user.contact.phone_number
    private String reporterLandlinePhoneNumber;
}
