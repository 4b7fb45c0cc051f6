package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "name-organisation", summary = "An organisation's data ends the name (employerVatNumber)")
final class OrganisationDataSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        if (!field.clean(CompiledTaxonomy.Strength.STRONG).isEmpty()) {
            return List.of(); // kaupunkiJaMaa: a clean strong match is the data, whatever the other words
        }
        return field.hits().stream()
                .filter(hit -> hit.vetoKind() == NameReading.Veto.ORGANISATION)
                .map(hit -> Fact.of(id(), FieldFacts.describe(hit) + ": " + hit.veto()))
                .toList();
    }
}
