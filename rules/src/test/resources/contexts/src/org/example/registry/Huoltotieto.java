package org.example.registry;

/** A minor's custody as the population register gives it: who has custody and how it is divided. */
public class Huoltotieto {
    // expected: user.demographic.family
    private String custodyDivisionCode;
    // expected: user.demographic.family
    private String huoltotieto;
    // expected: user.demographic.family
    private boolean huostaanotto;
    // expected: user.government_id.national_identification_number
    private String henkilotunnus;
}
