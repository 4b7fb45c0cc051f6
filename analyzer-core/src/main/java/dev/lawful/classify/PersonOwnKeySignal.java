package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "person-own-key", summary = "The own key of a person's record (Patient#id, Customer#customerId, Henkilo#oid): it identifies the person")
final class PersonOwnKeySignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        if (!field.ownerNode().person() || !ownKey(field)) {
            return List.of();
        }
        String category = field.taxonomy().personIdentifierCategory();
        return List.of(new Fact(id(), 1, category, category == null, 5, "\"" + field.where()
                + "\" is the own key of " + field.owner().simpleName() + ", a person's record"));
    }

    private static boolean ownKey(FieldFacts field) {
        return OwnKeys.isOwnKeyField(field);
    }
}
