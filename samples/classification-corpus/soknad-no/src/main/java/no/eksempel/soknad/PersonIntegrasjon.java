package no.eksempel.soknad;

public class PersonIntegrasjon {
    // lawful: not-personal
    private PdlKlient pdlKlient;
}
