package dev.lawful.classify;

import dev.lawful.classify.token.PatternIndex.Match;
import java.util.ArrayList;
import java.util.List;

@SignalInfo(id = "documented-person", summary = "The documentation of the field or its type speaks of a person (\"The person who opened a ticket\")")
final class DocumentedPersonSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        List<Documentation.Text> texts = new ArrayList<>(Documentation.of(field.element()));
        if (field.owner() != null) {
            Documentation.add(texts, "Javadoc of " + field.owner().simpleName(), field.owner().javadoc());
        }
        for (Documentation.Text text : texts) {
            List<String> tokens = field.taxonomy().tokenizer().tokens(text.text());
            for (Match<CompiledTaxonomy.Role> role : field.taxonomy().roleMatches(tokens)) {
                if (role.value() == CompiledTaxonomy.Role.PERSON && !ambiguous(field, role)) {
                    return List.of(Fact.of(id(), text.source() + " speaks of a person (\"" + role.pattern() + "\")"));
                }
            }
        }
        return List.of();
    }

    /** A word that also names something technical or a thing (client, sender) says nothing here. */
    private static boolean ambiguous(FieldFacts field, Match<CompiledTaxonomy.Role> person) {
        return field.taxonomy().roleMatches(List.of(person.pattern().split(" "))).stream()
                .anyMatch(other -> other.value() == CompiledTaxonomy.Role.TECHNICAL || other.value() == CompiledTaxonomy.Role.THING);
    }
}
