package dev.lawful.classify;

import dev.lawful.classify.CompiledTaxonomy.Strength;
import java.util.List;

@SignalInfo(id = "name-weak", summary = "The field's name matches a weak pattern of a category (name, title, number), which needs support")
final class NameWeakSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        return field.all(Strength.WEAK).stream()
                .map(hit -> Fact.category(id(), hit.category(), hit.matched().length(),
                        FieldFacts.describe(hit) + " matches \"" + field.where() + "\""))
                .toList();
    }
}
