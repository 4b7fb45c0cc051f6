package dev.lawful.classify;

import dev.lawful.classify.CompiledTaxonomy.Strength;
import java.util.List;

@SignalInfo(id = "strong-in-thing", summary = "A strong pattern of data that things have too (a store's address, phone) in a thing's type")
final class StrongInThingSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        OwnerContext context = field.context();
        if (!context.isNotPerson() || context.technical()) {
            return List.of();
        }
        return field.clean(Strength.STRONG).stream()
                .filter(hit -> !field.taxonomy().isPersonOnly(hit.category()) && !field.personQualified(hit))
                .map(hit -> Fact.of(id(), FieldFacts.describe(hit) + " in " + context.reason()))
                .limit(1)
                .toList();
    }
}
