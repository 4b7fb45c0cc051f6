package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "name-about-data", summary = "The name ends in a word about the data, not the data (emailVerified, phoneFormat)")
final class AboutDataSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        if (!field.clean(CompiledTaxonomy.Strength.STRONG).isEmpty()) {
            return List.of(); // kaupunkiJaMaa: a clean strong match is the data, whatever the other words
        }
        return field.hits().stream()
                .filter(hit -> hit.vetoKind() == NameReading.Veto.ABOUT_DATA)
                .map(hit -> Fact.of(id(), FieldFacts.describe(hit) + ": " + hit.veto()))
                .toList();
    }
}
