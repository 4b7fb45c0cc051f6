package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "component-type", summary = "The field's type is a component of the program (UsersApi, HttpClient, MailSender): it refers to code, not data")
final class ComponentTypeSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        for (String typeName : TypeNames.linked(field.element().type())) {
            if (JavaVocabulary.builtin().plainTypes().contains(typeName) || TypeNames.isContainer(typeName)) {
                continue;
            }
            String simple = CompiledTaxonomy.simpleName(typeName);
            List<String> tokens = field.taxonomy().tokenizer().tokens(simple);
            if (tokens.isEmpty() || !field.taxonomy().isComponentEnding(tokens.get(tokens.size() - 1))) {
                return List.of();
            }
            boolean api = field.taxonomy().isCodeOnlyEnding(tokens.get(tokens.size() - 1));
            if (api || field.contexts().readName(simple).role() == CompiledTaxonomy.Role.TECHNICAL) {
                return List.of(Fact.of(id(), "type " + simple + " is a component (an API, a service, a client)"));
            }
            return List.of();
        }
        return List.of();
    }
}
