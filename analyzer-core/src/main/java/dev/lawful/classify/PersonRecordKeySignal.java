package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "person-record-key", summary = "Another key-named field of a person's record (masterOid, hsaId, oppijanumero as a key): an identifier of the person")
final class PersonRecordKeySignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        List<String> tokens = field.name().tokens();
        if (!field.ownerNode().person() || tokens.size() < 2 || !field.taxonomy().isKeyWord(tokens.get(tokens.size() - 1))
                || field.name().personReference() != null || field.name().actor() != null
                || !field.graph().targets(field.element().type()).isEmpty()) {
            return List.of();
        }
        String category = field.taxonomy().personIdentifierCategory();
        return List.of(new Fact(id(), 1, category, category == null, 1, "\"" + field.where()
                + "\" is a key held by " + field.owner().simpleName() + ", a person's record"));
    }
}
