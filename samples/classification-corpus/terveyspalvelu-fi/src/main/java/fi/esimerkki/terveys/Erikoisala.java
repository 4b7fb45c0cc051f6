package fi.esimerkki.terveys;

/** Työntekijän oma erikoisala: rivi kuuluu yhdelle työntekijälle, joten sen koodi ja nimi ovat hänen. */
public class Erikoisala {

    // lawful: not-personal
    private Long id;

    // lawful: link
    private Tyontekija tyontekija;

    // lawful: personal user.professional_information.qualification
    private String koodi;

    // lawful: personal user.professional_information.qualification
    private String nimi;
}
