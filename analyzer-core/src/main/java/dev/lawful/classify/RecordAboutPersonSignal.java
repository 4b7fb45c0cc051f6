package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "record-about-person", summary = "A value of a record about a person that is named for a category (a patient's Diagnosis, a physician's Licence)")
final class RecordAboutPersonSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        TypeGraph.Node node = field.ownerNode();
        if (!node.aboutPerson() || node.category() == null || !RecordValues.isValue(field)) {
            return List.of();
        }
        return List.of(Fact.category(id(), node.category(), 2, field.owner().simpleName() + " is about a person ("
                + node.path() + ") and named for " + node.category()));
    }
}
