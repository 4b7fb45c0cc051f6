package dev.lawful.classify;

import dev.lawful.scan.AnnotationUse;
import java.util.List;

@SignalInfo(id = "audit-actor", summary = "The field names who created or changed the record (createdBy, @LastModifiedBy, muokkaaja)")
final class AuditActorSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        for (AnnotationUse annotation : field.element().annotations()) {
            if (field.taxonomy().isActorAnnotation(annotation.name())) {
                return List.of(Fact.link(id(), "@" + annotation.name() + " marks an audit actor"));
            }
        }
        String actor = field.name().actor();
        if (actor == null || field.yesNo() || JavaVocabulary.builtin().amountTypes().contains(field.element().type())) {
            return List.of();
        }
        return List.of(Fact.link(id(), "\"" + field.where() + "\" names an audit actor (\"" + actor + "\")"));
    }
}
