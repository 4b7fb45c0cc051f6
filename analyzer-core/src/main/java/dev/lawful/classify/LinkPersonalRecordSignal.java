package dev.lawful.classify;

import dev.lawful.scan.TypeInfo;
import java.util.List;

@SignalInfo(id = "link-personal-record", summary = "The field's type is a record about a person or holds personal data (Address address, List<Allergy>)")
final class LinkPersonalRecordSignal implements FieldSignal {

    @Override
    public List<Fact> read(FieldFacts field) {
        String owner = field.owner() == null ? "" : field.owner().simpleName() + ".";
        for (TypeInfo target : field.graph().targets(field.element().type())) {
            TypeGraph.Node node = field.graph().node(target);
            if (node.person() || node.context().isNotPerson()) {
                continue;
            }
            String why = node.context().category() != null ? "named for " + node.context().category()
                    : node.aboutPerson() ? "about a person: " + node.path()
                    : !node.personalFields().isEmpty() ? "holds " + String.join(", ", node.personalFields().stream().sorted().limit(3).toList())
                    : null;
            if (why != null) {
                return List.of(Fact.link(id(), owner + field.where() + " → " + target.simpleName() + " (" + why + ")"));
            }
        }
        return List.of();
    }
}
