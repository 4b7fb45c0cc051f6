package signals.recordaboutperson;

/** A hospital stay held in a patient's file (Patient.stays): its values are the patient's health, not only its free text. */
public class Stay {
    private String urgency; // fires: record-about-person (a value of a record in a patient's file)
    private String stayId; // silent: record-about-person (a key, not a value)
    private String location; // silent: record-about-person (the record's own place)
}
