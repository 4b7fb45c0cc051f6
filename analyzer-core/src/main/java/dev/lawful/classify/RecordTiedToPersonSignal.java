package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "record-tied-to-person", summary = "A value of a record tied to a person whose name gives no category (Observation.value with Observation.person → Person)")
final class RecordTiedToPersonSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        TypeGraph.Node node = field.ownerNode();
        if (!node.aboutPerson() || node.category() != null || !RecordValues.isValue(field)) {
            return List.of();
        }
        return List.of(Fact.link(id(), field.owner().simpleName() + " is about a person: " + node.path()));
    }
}
