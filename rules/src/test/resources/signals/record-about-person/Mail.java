package signals.recordaboutperson;

/** A message about a patient: "mail" names the message here, not an e-mail address. */
public class Mail {
    private Patient patient; // silent: record-about-person (the link, not a value)
    private String content; // fires: record-about-person (text written about a patient concerns their health; a Mail is not named for e-mail)
    private String subject; // fires: record-about-person (its subject line is text written about the patient too)
    private String negativeReceiptReason; // silent: record-about-person (a reason is no free text: the record's own status)
    private String senderDepartmentName; // silent: record-about-person (a name of the sender's department, not text about the patient)
    private String errorMessage; // silent: record-about-person (a message of the program about the mail, not text about the patient)
}
