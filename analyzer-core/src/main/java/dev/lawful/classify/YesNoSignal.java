package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "yes-no-flag", summary = "A yes/no field named for data a flag cannot hold (emailVerified as a boolean): a flag about it")
final class YesNoSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        if (!field.yesNo()) {
            return List.of();
        }
        return field.hits().stream()
                .filter(hit -> field.taxonomy().isPersonal(hit.category()) && !field.taxonomy().admitsYesNo(hit.category()))
                .map(hit -> Fact.of(id(), "a " + field.element().type() + " can only say yes or no about " + hit.category()))
                .limit(1)
                .toList();
    }
}
