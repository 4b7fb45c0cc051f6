package fi.esimerkki.tulkki;

import java.util.List;

/** What an official edits: the person data goes on to the person register. */
public class TulkkiDto {
    // lawful: personal user.name.first
    private String etunimet;

    // lawful: personal user.name.last
    private String sukunimi;

    // lawful: personal user.name.first
    private String kutsumanimi;

    // lawful: personal user.government_id.national_identification_number
    private String hetu;

    // lawful: personal user.contact.email
    private String email;

    // lawful: personal user.contact.phone_number
    private String puhelinnumero;

    // lawful: personal user.privacy_preferences
    private boolean julkaisulupaEmail;

    // lawful: not-personal
    private boolean kokoSuomi;

    // lawful: not-personal
    private List<String> maakunnat;

    // lawful: not-personal
    private String muokkausviesti;
}
