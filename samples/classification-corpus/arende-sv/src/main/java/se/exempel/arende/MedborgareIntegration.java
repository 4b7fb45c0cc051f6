package se.exempel.arende;

/** Hämtar personuppgifter från medborgartjänsten. */
public class MedborgareIntegration {
    // lawful: not-personal
    private MedborgareKlient klient;

    // lawful: not-personal
    private String basUrl;
}
