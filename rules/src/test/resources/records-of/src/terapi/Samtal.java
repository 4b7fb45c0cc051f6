package terapi;

/** A session with a client of the practice. */
public class Samtal {

    private Klient klient;

    // user.health with the rule file: text written in a record about a client, whose records the rule file makes health data
    private String anteckning;

    // not personal: where the session was held, in either case
    private String rum;
}

class Klient {
    private String namn;
    private String personnummer;
}
