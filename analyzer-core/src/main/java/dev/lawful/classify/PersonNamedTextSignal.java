package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "person-named-text", summary = "A text field named for a person (String recipient, mottagare, kontaktperson): it holds their name")
final class PersonNamedTextSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        NameReading name = field.name();
        String category = field.taxonomy().personNameCategory();
        if (category == null || !field.text() || name.person() == null || name.actor() != null
                || name.personReference() != null || name.personAmbiguous() && !field.context().isPerson()
                || name.datesPerson(field.taxonomy())) {
            return List.of();
        }
        return List.of(Fact.category(id(), category, 1, "text field named for a person (\"" + name.person() + "\")"));
    }
}
