package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "name-person-qualified", summary = "A person word qualifies the match (customerName, kundEmail, hakijanSahkoposti)")
final class PersonQualifiedSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        return field.hits().stream()
                .filter(hit -> field.taxonomy().isPersonal(hit.category()) && field.personQualified(hit)
                        && hit.qualifierWord() != null)
                .map(hit -> Fact.category(id(), hit.category(), hit.matched().length(),
                        "\"" + hit.qualifierWord() + "\" qualifies \"" + hit.matched() + "\""))
                .toList();
    }
}
