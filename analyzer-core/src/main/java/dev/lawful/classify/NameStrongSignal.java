package dev.lawful.classify;

import dev.lawful.classify.CompiledTaxonomy.Strength;
import java.util.List;

@SignalInfo(id = "name-strong", summary = "The field's name, or a name an annotation gives it, matches a strong pattern of a category")
final class NameStrongSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        return field.all(Strength.STRONG).stream()
                .map(hit -> Fact.category(id(), hit.category(), 100 + hit.matched().length(),
                        FieldFacts.describe(hit) + " matches \"" + field.where() + "\""))
                .toList();
    }
}
