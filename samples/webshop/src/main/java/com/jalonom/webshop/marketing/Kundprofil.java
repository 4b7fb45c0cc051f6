package com.jalonom.webshop.marketing;

import java.util.List;

/**
 * A customer profile built from tracked browsing, to personalise the shop (Swedish:
 * kundprofil). lawful.yaml declares it under legitimate interests, but the policy allows
 * analysing the use of the service on consent only.
 */
public class Kundprofil {

    private String epost;                // lawful: legal-basis-not-allowed (usage analytics on legitimate interests)
    private List<String> intressen;
    private String segment;

    public String getEpost() {
        return epost;
    }

    public List<String> getIntressen() {
        return intressen;
    }

    public String getSegment() {
        return segment;
    }
}
