package signals.recordaboutperson;

/** A message about a patient: "mail" names the message here, not an e-mail address. */
public class Mail {
    private Patient patient; // silent: record-about-person (the link, not a value)
    private String content; // silent: record-about-person (a Mail is not named for e-mail)
}
