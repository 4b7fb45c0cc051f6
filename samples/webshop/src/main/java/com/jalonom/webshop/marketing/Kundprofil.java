package com.jalonom.webshop.marketing;

import java.util.List;

/**
 * A customer profile for targeted marketing (Swedish: kundprofil). lawful.yaml declares it
 * under legitimate interest, which the policy does not allow for profiling.
 */
public class Kundprofil {

    private String epost;                // lawful: legal-basis-not-allowed (profiling on legitimate-interest)
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
