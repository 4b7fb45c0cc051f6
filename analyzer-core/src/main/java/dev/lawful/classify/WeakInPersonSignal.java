package dev.lawful.classify;

import dev.lawful.classify.CompiledTaxonomy.Strength;
import java.util.List;

@SignalInfo(id = "weak-in-person", summary = "A weak pattern in a type about a person, or beside a person's other data (Customer#name)")
final class WeakInPersonSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        OwnerContext context = field.context();
        double support = context.isPerson() ? context.strength() : field.ownerHoldsPersonalFields() ? 0.8 : 0;
        if (support == 0) {
            return List.of();
        }
        return field.clean(Strength.WEAK).stream()
                .map(hit -> new Fact(id(), support, hit.category(), false, hit.matched().length(),
                        FieldFacts.describe(hit) + " in a person's record"))
                .toList();
    }
}
