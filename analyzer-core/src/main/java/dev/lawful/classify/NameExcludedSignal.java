package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "name-excluded", summary = "An exclude pattern of the matched category is in the name (fileName for a name)")
final class NameExcludedSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        return field.hits().stream()
                .filter(hit -> hit.vetoKind() == NameReading.Veto.EXCLUDED)
                .map(hit -> Fact.of(id(), FieldFacts.describe(hit) + ": " + hit.veto()))
                .toList();
    }
}
