package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "name-key-to-data", summary = "A key-typed field ends in a key word after the match (addressId): a key to the data")
final class KeyToDataSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        if (!field.clean(CompiledTaxonomy.Strength.STRONG).isEmpty()) {
            return List.of(); // kaupunkiJaMaa: a clean strong match is the data, whatever the other words
        }
        return field.hits().stream()
                .filter(hit -> hit.vetoKind() == NameReading.Veto.KEY)
                .map(hit -> Fact.of(id(), FieldFacts.describe(hit) + ": " + hit.veto()))
                .toList();
    }
}
