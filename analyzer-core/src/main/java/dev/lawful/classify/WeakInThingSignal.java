package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "weak-in-thing", summary = "A weak pattern in a type named for a thing of the business (Product#name, Store#phone), not a person")
final class WeakInThingSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        OwnerContext context = field.context();
        if (!context.isNotPerson() || context.technical()) {
            return List.of();
        }
        return field.clean(CompiledTaxonomy.Strength.WEAK).stream()
                .filter(hit -> !field.personQualified(hit))
                .map(hit -> new Fact(id(), context.strength(), null, false, 0, FieldFacts.describe(hit)
                        + " in a thing's type: " + context.reason()))
                .limit(1)
                .toList();
    }
}
