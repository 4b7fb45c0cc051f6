package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "owner-person", summary = "The declaring type is about a person: its name, table, superclass, enclosing type or fields say so")
final class OwnerPersonSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        OwnerContext context = field.context();
        if (!context.isPerson() || context.category() != null) {
            return List.of();
        }
        return List.of(new Fact(id(), context.strength(), null, false, 0, "person context: " + context.reason()));
    }
}
