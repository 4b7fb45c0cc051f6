package com.jalonom.webshop.customer;

import com.jalonom.webshop.privacy.PersonalData;

/**
 * A customer of the Finnish shop (Jalonom Oy), written by the Helsinki team in Finnish.
 * Declared in code with @PersonalData.
 */
public class Asiakas {

    private long id;

    @PersonalData(category = "user.name", purpose = "customer-relationship",
            legalBasis = "contract", retention = "customer-account")
    private String etunimi;              // lawful: declared (annotation)

    @PersonalData(category = "user.name", purpose = "customer-relationship",
            legalBasis = "contract", retention = "customer-account")
    private String sukunimi;             // lawful: declared (annotation)

    @PersonalData(category = "user.contact.email", purpose = "customer-relationship",
            legalBasis = "contract", retention = "customer-account")
    private String sahkoposti;           // lawful: declared (annotation)

    @PersonalData(category = "user.government_id.national_identification_number",
            purpose = "customer-relationship", legalBasis = "contract")
    private String henkilotunnus;        // lawful: retention-missing (annotation names no retention)

    private String puhelinnumero;        // lawful: personal-data-undeclared (phone)

    public long getId() {
        return id;
    }

    public String getEtunimi() {
        return etunimi;
    }

    public String getSukunimi() {
        return sukunimi;
    }

    public String getSahkoposti() {
        return sahkoposti;
    }

    public String getHenkilotunnus() {
        return henkilotunnus;
    }

    public String getPuhelinnumero() {
        return puhelinnumero;
    }
}
