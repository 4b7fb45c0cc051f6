package vard;

/** A record of the care service: without the rule file's words none of these names is read as personal data. */
public class Vardad {

    // personal with the rule file (user.name): "vårdad" (one cared for) is a person word of the rule file
    private String namn;

    // personal with the rule file (user.contact.phone_number): "bostadstfn" is a category word of the rule file
    private String bostadstfn;

    // not personal: a code of the service, in either case
    private String insatskod;
}
