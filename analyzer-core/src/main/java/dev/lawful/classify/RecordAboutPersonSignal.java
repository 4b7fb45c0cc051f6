package dev.lawful.classify;

import java.util.List;

@SignalInfo(id = "record-about-person", summary = "A value of a record about a person that is named for a category (a patient's Diagnosis, a physician's Licence), or a value in a record about a person all of whose records are of one (a patient's Mail#subject, a tumour's grade in a patient's case: health)")
final class RecordAboutPersonSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        TypeGraph.Node node = field.ownerNode();
        if (!node.aboutPerson() || !RecordValues.isValue(field)) {
            return List.of();
        }
        if (node.category() != null) {
            return List.of(Fact.category(id(), node.category(), 2, field.owner().simpleName() + " is about a person ("
                    + node.path() + ") and named for " + node.category()));
        }
        if (node.subjectCategory() != null && RecordValues.holdsSubjectData(field.taxonomy(), node,
                field.element(), field.name(), field.graph(), field.text(), field.keyTyped())) {
            return List.of(Fact.category(id(), node.subjectCategory(), 2,
                    node.subjectDataReason(field.element().member(), field.owner().simpleName())));
        }
        return List.of();
    }
}
