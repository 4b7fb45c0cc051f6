package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "documented-person", summary = "The documentation of the field or its type speaks of a person (\"The person who opened a ticket\")")
final class DocumentedPersonSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        for (Documentation.Text text : Documentation.of(field.element())) {
            String person = TypeGraph.documentedPerson(text.text(), field.taxonomy());
            if (person != null) {
                return List.of(Fact.of(id(), text.source() + " speaks of a person (\"" + person + "\")"));
            }
        }
        String ofOwner = field.ownerNode().documentedPerson();
        if (ofOwner != null) {
            return List.of(Fact.of(id(), "the Javadoc of " + field.owner().simpleName() + " speaks of a person (\"" + ofOwner + "\")"));
        }
        return List.of();
    }
}
