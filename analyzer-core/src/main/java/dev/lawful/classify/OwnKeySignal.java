package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "own-key", summary = "The own key of a record that is not a person's (Allergy#allergyId, AddressEntity#id with @Id): it identifies the row")
final class OwnKeySignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        if (field.ownerNode().person() || !OwnKeys.isOwnKeyField(field)) {
            return List.of();
        }
        return List.of(Fact.of(id(), "\"" + field.where() + "\" is the own key of "
                + (field.owner() == null ? "its record" : field.owner().simpleName())));
    }
}
