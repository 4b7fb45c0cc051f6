package com.shop.clinic;

public class Visit {

    @interface PersonalData {
        String category() default "";
        String[] purpose() default {};
        String legalBasis() default "";
        String retention() default "";
    }

    @PersonalData(category = "user.contact.email", purpose = "customer-account", legalBasis = "contract", retention = "account-life")
    private String contactEmail;

    // lawful: finding legal-basis-missing
    @PersonalData(purpose = "customer-account", retention = "account-life")
    private String patientPhone;

    // lawful: finding purpose-missing
    @PersonalData(legalBasis = "contract", retention = "account-life")
    private String guardianEmail;

    // lawful: finding declaration-unknown-id
    @PersonalData(purpose = "customer-acount", legalBasis = "contract", retention = "account-life")
    private String mobile;

    // a declaration that names a field makes it personal data even when no pattern says so
    @PersonalData(category = "user.name", purpose = "customer-account", legalBasis = "contract", retention = "account-life")
    private String alias;

    // lawful: finding personal-data-undeclared, category-undisclosed
    private String diagnosis;
}
