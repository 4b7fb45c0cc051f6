package dev.lawful.classify;

import dev.lawful.scan.TypeInfo;
import java.util.List;

@SignalInfo(id = "link-person-type", summary = "The field's type is a person's type (Patient patient, List<Customer>): the field links to a person")
final class LinkPersonTypeSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        String owner = field.owner() == null ? "" : field.owner().simpleName() + ".";
        for (TypeInfo target : field.graph().targets(field.element().type())) {
            if (field.graph().node(target).person()) {
                return List.of(Fact.link(id(), owner + field.where() + " → " + target.simpleName() + " ("
                        + field.graph().node(target).context().reason() + ")"));
            }
        }
        for (String typeName : TypeNames.linked(field.element().type())) {
            String simple = CompiledTaxonomy.simpleName(typeName);
            boolean scanned = field.graph().codebase().find(typeName).isPresent();
            if (!scanned && !JavaVocabulary.builtin().plainTypes().contains(typeName) && !TypeNames.isContainer(typeName)
                    && namesPerson(field, simple)) {
                return List.of(Fact.link(id(), owner + field.where() + " → " + simple + " (not scanned; named for a person)"));
            }
        }
        return List.of();
    }

    private static boolean namesPerson(FieldFacts field, String typeName) {
        ContextReader.NameRole role = field.contexts().readName(typeName);
        return role.role() == CompiledTaxonomy.Role.PERSON && role.head() && !role.ambiguous();
    }
}
