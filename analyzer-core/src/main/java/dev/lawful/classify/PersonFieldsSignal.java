package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "owner-person-fields", summary = "The declaring type holds at least two other fields that are strongly personal (email, lastName)")
final class PersonFieldsSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        if (!field.ownerHoldsPersonalFields()) {
            return List.of();
        }
        return List.of(Fact.of(id(), field.owner().simpleName() + " also holds "
                + String.join(", ", field.ownerNode().personalFields().stream().sorted().limit(4).toList())));
    }
}
