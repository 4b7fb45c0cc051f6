package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "name-thing-qualified", summary = "A thing or a technical word qualifies the match (productName, serverIp)")
final class ThingQualifiedSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        return field.hits().stream()
                .filter(hit -> hit.vetoKind() == NameReading.Veto.THING_QUALIFIED)
                .map(hit -> Fact.of(id(), FieldFacts.describe(hit) + ": " + hit.veto()))
                .toList();
    }
}
