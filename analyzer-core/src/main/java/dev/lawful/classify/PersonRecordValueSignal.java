package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "person-record-value", summary = "A text value of a person's own record that no pattern names (Person#stockwerk): the person's data, of no known category")
final class PersonRecordValueSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        if (!field.ownerNode().person() || !field.text() || !RecordValues.isValue(field) || !field.hits().isEmpty()
                || field.name().person() != null) {
            return List.of();
        }
        return List.of(Fact.link(id(), "a text value of " + field.owner().simpleName() + ", a person's record"));
    }
}
