package signals.recordaboutperson;

/** A clinic visit, tied to its patient by the patient's key rather than a reference. */
public class Visit {
    private Long patientId; // silent: record-about-person (the key, not a value)
    private String kommentar; // fires: record-about-person (a Danish or Swedish comment on a patient's visit)
    private String location; // silent: record-about-person (where the visit was is the record's own place)
}
