package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "person-key", summary = "A key named for a person in another record (patientId, kund_nr, oidHenkilo): a person's identifier")
final class PersonKeySignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        String person = field.name().personReference();
        String category = field.taxonomy().personIdentifierCategory();
        if (person == null) {
            // applId: a key abbreviating a person's type of the scan (Applicant)
            person = field.graph().keyTarget(field.name(), field.owner()).filter(KeyTargets.Target::person)
                    .map(target -> target.type().simpleName()).orElse(null);
        }
        if (person == null || OwnKeys.isOwnKey(field, person)) {
            return List.of();
        }
        return List.of(new Fact(id(), 1, category, category == null, 5, "\"" + field.where() + "\" is the key of a " + person));
    }
}
